import type { Kpi, Scorecard, Strategy } from '../model/strategy.ts';
import { closest } from '../schema/closest.ts';

export interface KpiTarget {
  readonly scorecard: Scorecard;
  readonly kpi: Kpi;
}

export type Resolution<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: 'UNKNOWN' | 'AMBIGUOUS'; readonly message: string };

const key = (text: string) => text.trim().toLowerCase();

/**
 * Finds scorecards and KPIs by id or exact name, both case-insensitive. An id wins over a name
 * (a KPI whose id is another KPI's name is meant by its id). Built once per import.
 */
export class StrategyIndex {
  private readonly scorecardsById = new Map<string, Scorecard[]>();
  private readonly scorecardsByName = new Map<string, Scorecard[]>();
  private readonly kpis = new Map<
    Scorecard,
    { byId: Map<string, Kpi[]>; byName: Map<string, Kpi[]> }
  >();

  constructor(private readonly strategy: Strategy) {
    for (const scorecard of strategy.scorecards) {
      push(this.scorecardsById, key(scorecard.id), scorecard);
      push(this.scorecardsByName, key(scorecard.name), scorecard);
      const byId = new Map<string, Kpi[]>();
      const byName = new Map<string, Kpi[]>();
      for (const objective of scorecard.objectives) {
        for (const kpi of objective.kpis) {
          push(byId, key(kpi.id), kpi);
          push(byName, key(kpi.name), kpi);
        }
      }
      this.kpis.set(scorecard, { byId, byName });
    }
  }

  scorecard(text: string): Resolution<Scorecard> {
    const found = this.scorecardsById.get(key(text)) ?? this.scorecardsByName.get(key(text)) ?? [];
    if (found.length === 1) return { ok: true, value: found[0]! };
    if (found.length > 1) {
      return {
        ok: false,
        code: 'AMBIGUOUS',
        message: `the scorecard "${text}" is ambiguous: ${found.map((s) => `${s.id} (${s.name})`).join(', ')}; use its id`,
      };
    }
    const names = this.strategy.scorecards.flatMap((s) => [s.name, s.id]);
    return {
      ok: false,
      code: 'UNKNOWN',
      message: `unknown scorecard "${text}"${didYouMean(text, names)}`,
    };
  }

  /** A KPI within one scorecard, or (`scorecard` null) anywhere in the workspace. */
  kpi(text: string, scorecard: Scorecard | null): Resolution<KpiTarget> {
    const scope = scorecard === null ? this.strategy.scorecards : [scorecard];
    const byId = this.matches(scope, text, 'byId');
    const found = byId.length > 0 ? byId : this.matches(scope, text, 'byName');
    if (found.length === 1) return { ok: true, value: found[0]! };
    if (found.length > 1) {
      const where = found.map((f) => `${f.scorecard.id}/${f.kpi.id}`).join(', ');
      const fix =
        scorecard === null
          ? 'add a scorecard column (or pass the scorecard) to say which'
          : 'use its id';
      return {
        ok: false,
        code: 'AMBIGUOUS',
        message: `the KPI "${text}" is ambiguous: ${where}; ${fix}`,
      };
    }
    const names = scope.flatMap((s) =>
      [...this.kpis.get(s)!.byName.values()].flat().map((k) => k.name),
    );
    const inScorecard = scorecard === null ? '' : ` in scorecard ${scorecard.id}`;
    return {
      ok: false,
      code: 'UNKNOWN',
      message: `unknown KPI "${text}"${inScorecard}${didYouMean(text, names)}`,
    };
  }

  private matches(scope: readonly Scorecard[], text: string, by: 'byId' | 'byName'): KpiTarget[] {
    return scope.flatMap((scorecard) =>
      unique(this.kpis.get(scorecard)![by].get(key(text)) ?? []).map((kpi) => ({ scorecard, kpi })),
    );
  }
}

function didYouMean(text: string, candidates: readonly string[]): string {
  const suggestion = closest(text.trim(), [...new Set(candidates)]);
  return suggestion === null ? '' : ` (did you mean "${suggestion}"?)`;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

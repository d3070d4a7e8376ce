import type { KpiId, ScorecardId } from '../model/ids.ts';
import type { KpiValue, Strategy } from '../model/strategy.ts';
import type { PeriodKey } from '../periods/period.ts';
import type { ImportedValue } from './read-values.ts';

export type ValueChangeKind = 'new' | 'changed' | 'unchanged';

/** What importing one value would do, and the value and comment it would store. */
export interface ValueChange {
  readonly kind: ValueChangeKind;
  readonly scorecard: ScorecardId;
  readonly kpi: KpiId;
  readonly period: PeriodKey;
  readonly value: number;
  /** The comment to store: the file's, or the stored one when the file gives none. */
  readonly comment: string | null;
  /** The stored value before the import; null for a new one. */
  readonly old: { readonly value: number; readonly comment: string | null } | null;
}

export interface ValuesDiff {
  readonly changes: readonly ValueChange[];
  readonly counts: Readonly<Record<ValueChangeKind, number>>;
}

/**
 * The dry run: compares a file's values with the strategy's stored ones. A file without comments
 * keeps the stored comments (a number sheet should not erase what owners wrote by hand), so
 * re-importing the same file is unchanged throughout: the import is idempotent.
 */
export function diffValues(strategy: Strategy, values: readonly ImportedValue[]): ValuesDiff {
  const stored = storedValues(strategy);
  const counts = { new: 0, changed: 0, unchanged: 0 };
  const changes = values.map((v): ValueChange => {
    const old = stored.get(valueKey(v.scorecard, v.kpi, v.period)) ?? null;
    const comment = v.comment ?? old?.comment ?? null;
    const kind: ValueChangeKind =
      old === null
        ? 'new'
        : old.value === v.value && old.comment === comment
          ? 'unchanged'
          : 'changed';
    counts[kind]++;
    const { scorecard, kpi, period, value } = v;
    return {
      kind,
      scorecard,
      kpi,
      period,
      value,
      comment,
      old: old === null ? null : { value: old.value, comment: old.comment },
    };
  });
  return { changes, counts };
}

const valueKey = (scorecard: string, kpi: string, period: string) =>
  `${scorecard}\u0000${kpi}\u0000${period}`;

function storedValues(strategy: Strategy): Map<string, KpiValue> {
  const out = new Map<string, KpiValue>();
  for (const scorecard of strategy.scorecards) {
    for (const objective of scorecard.objectives) {
      for (const kpi of objective.kpis) {
        for (const v of kpi.values) out.set(valueKey(scorecard.id, kpi.id, v.period), v);
      }
    }
  }
  return out;
}

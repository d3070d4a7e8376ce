import { referencesOf } from '../../formulas/ast.ts';
import { parseFormula } from '../../formulas/parser.ts';
import type { Kpi, Strategy } from '../../model/strategy.ts';
import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { quote } from './helpers.ts';

export const id = 'formula-input-without-data';
export const severity: Severity = 'warning';
export const category: Category = 'measurement';
export const description =
  'A calculated KPI reads a KPI that has no values at all, so the calculated KPI can never have a value.';

export function check({ strategy, scorecard }: RuleContext): RawFinding[] {
  const kpis = kpiLookup(strategy);
  return scorecard.objectives.flatMap((o) =>
    o.kpis.flatMap((k) => {
      const empty = emptyInputs(k, scorecard.id, kpis);
      if (empty.length === 0) return [];
      const names = empty.map((e) => quote(e.name)).join(', ');
      return [
        {
          objective: o.id,
          kpi: k.id,
          message: `Calculated KPI ${quote(k.name)} reads ${names}, which ${empty.length === 1 ? 'has' : 'have'} no values yet.`,
          why: 'A formula over a KPI without data has no value either: the calculated KPI stays N/A and its objective is scored without it.',
          suggestion: `Enter values for ${names}${owners(empty)}, or change the formula to read a KPI that is measured (coalesce() gives a fallback).`,
        },
      ];
    }),
  );
}

type Lookup = ReadonlyMap<string, Kpi>;

function kpiLookup(strategy: Strategy): Lookup {
  const out = new Map<string, Kpi>();
  for (const s of strategy.scorecards)
    for (const o of s.objectives) for (const k of o.kpis) out.set(`${s.id}/${k.id}`, k);
  return out;
}

/**
 * The entered KPIs without any value that a formula reads, directly or through other
 * calculated KPIs (each once; a cycle, refused by validation, is not followed twice).
 */
function emptyInputs(kpi: Kpi, scorecard: string, kpis: Lookup): Kpi[] {
  if (typeof kpi.formula !== 'string') return [];
  const found = new Map<string, Kpi>();
  const seen = new Set<string>();
  const visit = (k: Kpi, card: string): void => {
    if (typeof k.formula !== 'string') return;
    const parsed = parseFormula(k.formula);
    if (!parsed.ok) return;
    for (const ref of referencesOf(parsed.tree)) {
      const key = `${ref.scorecard ?? card}/${ref.kpi}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const input = kpis.get(key);
      if (input === undefined) continue;
      if (typeof input.formula === 'string') visit(input, ref.scorecard ?? card);
      else if (input.values.length === 0) found.set(key, input);
    }
  };
  visit(kpi, scorecard);
  return [...found.values()];
}

function owners(kpis: readonly Kpi[]): string {
  const names = [...new Set(kpis.flatMap((k) => (k.owner === null ? [] : [k.owner])))];
  return names.length === 0 ? '' : ` (owner: ${names.join(', ')})`;
}

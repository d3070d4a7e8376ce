import type { Strategy } from '../model/strategy.ts';
import { periodOf, comparePeriods } from '../periods/period.ts';

/** The header of a values file in the long shape, as Bearing writes it. */
export const LONG_HEADER = ['scorecard', 'kpi', 'period', 'value', 'comment'] as const;

/** One row of a long values file: ids, so the file imports back to the same KPIs. */
export interface LongValueRow {
  readonly scorecard: string;
  readonly kpi: string;
  readonly period: string;
  readonly value: number;
  readonly comment: string | null;
}

/**
 * Every stored value of the strategy (or of one scorecard), one row each: scorecards and KPIs in
 * the strategy's order, periods oldest first. What `bearing export --format csv|values-xlsx` writes.
 */
export function longValueRows(strategy: Strategy, scorecard: string | null = null): LongValueRow[] {
  const rows: LongValueRow[] = [];
  for (const s of strategy.scorecards) {
    if (scorecard !== null && s.id !== scorecard) continue;
    for (const objective of s.objectives) {
      for (const kpi of objective.kpis) {
        const sorted = [...kpi.values].sort((a, b) =>
          comparePeriods(periodOf(a.period), periodOf(b.period)),
        );
        for (const v of sorted) {
          rows.push({
            scorecard: s.id,
            kpi: kpi.id,
            period: v.period,
            value: v.value,
            comment: v.comment,
          });
        }
      }
    }
  }
  return rows;
}

import { stepBack } from '../../periods/frequency.ts';
import { periodOf } from '../../periods/period.ts';
import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { quote } from './helpers.ts';

export const id = 'overdue-kpi';
export const severity: Severity = 'warning';
export const category: Category = 'measurement';
export const description =
  'A KPI’s latest value is more than one reporting step behind the period being linted (runs only when a period is given).';

export function check({ scorecard, period }: RuleContext): RawFinding[] {
  // Core reads no clock: without a period there is no "now" to be overdue against.
  if (period === null) return [];
  return scorecard.objectives.flatMap((o) =>
    o.kpis.flatMap((k) => {
      // A calculated KPI is never overdue itself (formulas.md): its entered inputs are.
      if (typeof k.formula === 'string') return [];
      // The value for the step ending at the period's end may still be coming in: one step grace.
      const dueBy = stepBack(period.end, k.frequency);
      const latest = k.values.filter((v) => periodOf(v.period).end <= period.end).at(-1);
      if (latest !== undefined && periodOf(latest.period).end >= dueBy) return [];
      return [
        {
          objective: o.id,
          kpi: k.id,
          message:
            latest === undefined
              ? `KPI ${quote(k.name)} has no value up to ${period.key}.`
              : `KPI ${quote(k.name)} was last updated for ${latest.period}; a ${k.frequency} value is overdue as of ${period.key}.`,
          why: 'A score built on stale data looks current but is not; decisions made from it miss what has happened since.',
          suggestion: `Enter the missing value(s)${k.owner === null ? '' : ` (owner: ${k.owner})`}, or change the KPI's frequency if it is really reported less often.`,
        },
      ];
    }),
  );
}

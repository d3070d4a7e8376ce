import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { quote } from './helpers.ts';

export const id = 'missing-leading-kpi';
export const severity: Severity = 'warning';
export const category: Category = 'measurement';
export const description =
  'An objective has KPIs, but none is leading (drivers: the effort that moves the result (e.g. quality assurance hours)).';

export function check({ scorecard }: RuleContext): RawFinding[] {
  return scorecard.objectives
    .filter((o) => o.kpis.length > 0 && !o.kpis.some((k) => k.indicator === 'leading'))
    .map((o) => {
      const unmarked = o.kpis.filter((k) => k.indicator === null).length;
      return {
        objective: o.id,
        message: `${quote(o.name)} has no leading KPI${unmarked > 0 ? ` (${unmarked} KPI(s) have no indicator set)` : ''}.`,
        why: 'Lagging measures only say what already happened; without a leading measure there is no early warning and no way to see whether the effort is being made.',
        suggestion:
          unmarked > 0
            ? 'Set indicator: leading on the KPI that is a leading measure, or add one.'
            : 'Add a leading KPI for this objective.',
        fix: { kind: 'add-kpi', objective: o.id, indicator: 'leading' },
      };
    });
}

import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { quote } from './helpers.ts';

export const id = 'missing-lagging-kpi';
export const severity: Severity = 'warning';
export const category: Category = 'measurement';
export const description =
  'An objective has KPIs, but none is lagging (results: what the objective achieves (e.g. product return rate)).';

export function check({ scorecard }: RuleContext): RawFinding[] {
  return scorecard.objectives
    .filter((o) => o.kpis.length > 0 && !o.kpis.some((k) => k.indicator === 'lagging'))
    .map((o) => {
      const unmarked = o.kpis.filter((k) => k.indicator === null).length;
      return {
        objective: o.id,
        message: `${quote(o.name)} has no lagging KPI${unmarked > 0 ? ` (${unmarked} KPI(s) have no indicator set)` : ''}.`,
        why: 'Leading measures only show effort; without a lagging measure there is no evidence that the effort produces the result the objective is about.',
        suggestion:
          unmarked > 0
            ? 'Set indicator: lagging on the KPI that is a lagging measure, or add one.'
            : 'Add a lagging KPI for this objective.',
        fix: { kind: 'add-kpi', objective: o.id, indicator: 'lagging' },
      };
    });
}

import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { quote } from './helpers.ts';

export const id = 'objective-without-kpi';
export const severity: Severity = 'error';
export const category: Category = 'measurement';
export const description = 'An objective has no KPI (and no sub-objectives that carry KPIs).';

export function check({ scorecard, hasChildren }: RuleContext): RawFinding[] {
  // An umbrella objective is measured through its sub-objectives.
  return scorecard.objectives
    .filter((o) => o.kpis.length === 0 && !hasChildren(o))
    .map((o) => ({
      objective: o.id,
      message: `${quote(o.name)} has no KPI.`,
      why: 'An objective without a measure cannot be scored, so no one can tell whether the strategy is working there, and the cause-effect links through it cannot be tested.',
      suggestion:
        'Add a lagging KPI that shows the result and a leading KPI that shows the effort (e.g. product return rate, % and quality assurance hours).',
      fix: { kind: 'add-kpi', objective: o.id, indicator: 'lagging' },
    }));
}

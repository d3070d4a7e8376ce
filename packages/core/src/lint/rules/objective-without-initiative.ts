import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { quote } from './helpers.ts';

export const id = 'objective-without-initiative';
export const severity: Severity = 'info';
export const category: Category = 'execution';
export const description =
  'An objective has no initiative driving it (umbrella objectives excepted).';

export function check({ scorecard, hasChildren }: RuleContext): RawFinding[] {
  return scorecard.objectives
    .filter((o) => o.initiatives.length === 0 && !hasChildren(o))
    .map((o) => ({
      objective: o.id,
      message: `${quote(o.name)} has no initiative.`,
      why: 'An objective whose KPIs are off target but which nothing is funded to move is a hope, not a plan; initiatives are where strategy becomes work, budget and owners.',
      suggestion:
        'Add the initiative that closes the gap between baseline and target, with an owner, dates and a budget.',
    }));
}

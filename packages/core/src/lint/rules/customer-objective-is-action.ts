import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { customerObjectives, quote, wordingOf } from './helpers.ts';

export const id = 'customer-objective-is-action';
export const severity: Severity = 'warning';
export const category: Category = 'wording';
export const description =
  'A customer objective states the organisation’s own action or plan instead of what the customer wants.';

export function check({ scorecard }: RuleContext): RawFinding[] {
  return customerObjectives(scorecard).flatMap((o) => {
    const action = wordingOf(o).action;
    if (action === null) return [];
    return [
      {
        objective: o.id,
        message: `${quote(o.name)} reads as the organisation's plan: ${action.reason}.`,
        why: 'The customer perspective says what customers want, in their words. A list of our own actions turns the strategy into a to-do list and hides the need the action is meant to serve.',
        suggestion:
          'Ask which customer need this action serves and write that as the objective (e.g. "Implement a CRM" → "Customers get answers on first contact"); keep the action as an initiative of that objective.',
        fix: { kind: 'move-to-initiative', objective: o.id, initiative: { name: o.name } },
      },
    ];
  });
}

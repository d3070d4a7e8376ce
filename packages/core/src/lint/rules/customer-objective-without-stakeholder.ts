import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { customerObjectives } from './helpers.ts';

export const id = 'customer-objective-without-stakeholder';
export const severity: Severity = 'info';
export const category: Category = 'customer';
export const description =
  'A top-level customer objective names no stakeholder although the customer section has stakeholders: nothing shows which group it serves.';

export function check({ scorecard }: RuleContext): RawFinding[] {
  if ((scorecard.customer?.stakeholders ?? []).length === 0) return [];
  // Sub-objectives decompose their parent, which carries the stakeholder.
  return customerObjectives(scorecard)
    .filter((o) => (o.stakeholder ?? null) === null && o.parent === null)
    .map((o) => ({
      objective: o.id,
      message: `Customer objective "${o.name}" does not say whose need it meets.`,
      why: 'Each customer objective should state what one stakeholder group needs; unassigned, it is not clear who would judge it met.',
      suggestion: 'Set its stakeholder to the group whose need it states.',
    }));
}

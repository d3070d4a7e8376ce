import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';

export const id = 'no-stakeholders';
export const severity: Severity = 'warning';
export const category: Category = 'customer';
export const description =
  'The scorecard has a customer section but names no stakeholders (customers, partners), so no objective can say whose need it states.';

export function check({ scorecard }: RuleContext): RawFinding[] {
  // Without any customer section, no-value-proposition already says the one thing to do.
  const section = scorecard.customer ?? null;
  if (section === null || section.stakeholders.length > 0) return [];
  return [
    {
      message: 'The customer section names no stakeholders.',
      why: 'Customer objectives should state what a specific group needs, in its own words; without the groups, nothing checks that each one is served.',
      suggestion:
        'Add customer.stakeholders: the customer groups and the partners who sell or serve for you (kind: partner), each with its needs.',
    },
  ];
}

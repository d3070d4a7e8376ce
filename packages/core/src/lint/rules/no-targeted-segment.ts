import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';

export const id = 'no-targeted-segment';
export const severity: Severity = 'warning';
export const category: Category = 'customer';
export const description =
  'The scorecard has a customer section but targets no segment: the strategy does not say which customers it chooses to win.';

export function check({ scorecard }: RuleContext): RawFinding[] {
  const section = scorecard.customer ?? null;
  if (section === null || section.segments.some((s) => s.targeted)) return [];
  return [
    {
      message:
        section.segments.length === 0
          ? 'The customer section names no segments.'
          : 'No customer segment is marked as targeted.',
      why: 'A strategy chooses which customers to win; trying to please everyone wins no one, and the outcome measures need a segment to be about.',
      suggestion:
        'Add customer.segments with targeted: true for the ones you choose, and what each values most (values: price, quality, time …).',
    },
  ];
}

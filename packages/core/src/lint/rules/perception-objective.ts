import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { customerObjectives, quote, wordingOf } from './helpers.ts';

export const id = 'perception-objective';
export const severity: Severity = 'info';
export const category: Category = 'wording';
export const description =
  'A customer objective asks for a perception of something ("perception of safety") where the thing itself may be meant.';

export function check({ scorecard }: RuleContext): RawFinding[] {
  return customerObjectives(scorecard).flatMap((o) => {
    const perception = wordingOf(o).perception;
    if (perception === null) return [];
    const to = perception.substance;
    return [
      {
        objective: o.id,
        message: `${quote(o.name)} targets a perception ("${perception.term}").`,
        why: 'Customers usually want the thing itself (safety, quality), not a better impression of it; a perception objective can be met by communication alone while the substance stays the same.',
        suggestion:
          to === null
            ? 'State the substance the customer wants; keep the perception only if changing how it is seen is really the point, and then say why.'
            : `Consider stating the substance: ${quote(to)}; keep the perception only if it is really the point.`,
        fix: to === null || to === o.name ? null : { kind: 'rename', objective: o.id, to },
      },
    ];
  });
}

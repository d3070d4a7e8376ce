import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { quote, wordingOf } from './helpers.ts';

export const id = 'vague-objective';
export const severity: Severity = 'warning';
export const category: Category = 'wording';
export const description =
  'Abstract wording ("strong relationships", "world-class", "excellence") that needs decomposing into specific factors; any perspective.';

export function check({ scorecard, hasChildren }: RuleContext): RawFinding[] {
  return scorecard.objectives.flatMap((o) => {
    const vague = wordingOf(o).vague;
    // An umbrella with specific sub-objectives has already been decomposed.
    if (vague === null || hasChildren(o)) return [];
    return [
      {
        objective: o.id,
        message: `${quote(o.name)} is vague ("${vague.term}").`,
        why: 'No one can tell whether a vague objective is met, so it cannot be measured, owned or tested as a hypothesis; it hides the specific factors that actually matter.',
        suggestion:
          'Decompose it into specific factors and make those the objectives or sub-objectives (e.g. "Build strong relationships with partners" → reduced product price, product availability, a partner support programme).',
      },
    ];
  });
}

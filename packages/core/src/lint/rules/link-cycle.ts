import { findCycles } from '../../graph/cycles.ts';
import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';

export const id = 'link-cycle';
export const severity: Severity = 'warning';
export const category: Category = 'cause-effect';
export const description = 'Cause-effect links form a loop (A → B → … → A).';

export function check({ scorecard }: RuleContext): RawFinding[] {
  const out = new Map<string, string[]>();
  for (const l of scorecard.links) out.set(l.from, [...(out.get(l.from) ?? []), l.to]);
  const names = new Map(scorecard.objectives.map((o) => [o.id as string, o]));
  return findCycles(out.keys(), (n) => out.get(n) ?? []).map((cycle) => {
    const first = names.get(cycle[0]!);
    return {
      objective: first?.id ?? null,
      message: `Cause-effect links form a loop: ${[...cycle, cycle[0]!].join(' → ')}.`,
      why: 'In a loop every objective is both cause and effect of the others, so the map no longer says what drives what, and the hypotheses cannot be tested one at a time against data.',
      suggestion:
        'Decide which direction each hypothesis really runs and remove the link that closes the loop; if it is a deliberate reinforcing loop, suppress this rule on the objective with the reason.',
    };
  });
}

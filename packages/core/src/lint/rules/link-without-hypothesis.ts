import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';

export const id = 'link-without-hypothesis';
export const severity: Severity = 'info';
export const category: Category = 'cause-effect';
export const description = 'A cause-effect link does not state its hypothesis ("If … then …").';

export function check({ scorecard }: RuleContext): RawFinding[] {
  return scorecard.links
    .filter((l) => l.hypothesis === null || l.hypothesis.trim() === '')
    .map((l) => ({
      objective: l.to,
      message: `The link ${l.from} → ${l.to} states no hypothesis.`,
      why: 'Each arrow is a bet that improving the cause improves the effect. Written down, with its expected lag, it can be checked against the KPIs; unwritten, no one can tell when it has failed.',
      suggestion: `Add hypothesis: "If ${l.from} improves, then ${l.to} follows because …", and a lag such as "3 months".`,
    }));
}

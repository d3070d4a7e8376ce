import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';

export const id = 'perspective-empty';
export const severity: Severity = 'warning';
export const category: Category = 'cause-effect';
export const description = 'A perspective has no objectives.';

export function check({ scorecard }: RuleContext): RawFinding[] {
  return scorecard.perspectives
    .filter((p) => !scorecard.objectives.some((o) => o.perspective === p.id))
    .map((p) => ({
      message: `The ${p.name} perspective has no objectives.`,
      why: 'A balanced strategy needs every layer of the chain: results, the customers who produce them, the processes that serve customers and the capabilities behind them. An empty layer breaks the chain of cause and effect.',
      suggestion: `Add the objectives that drive the layer above it, or remove the ${p.name} perspective if this scorecard deliberately does not use it.`,
    }));
}

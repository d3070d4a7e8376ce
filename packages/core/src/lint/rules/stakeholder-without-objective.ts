import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';

export const id = 'stakeholder-without-objective';
export const severity: Severity = 'warning';
export const category: Category = 'customer';
export const description =
  'A customer stakeholder group that no objective names with stakeholder: nothing on the map states what this group gets. (Partners have their own rule, partners-missing.)';

export function check({ scorecard }: RuleContext): RawFinding[] {
  const served = new Set(scorecard.objectives.map((o) => o.stakeholder ?? null));
  return (scorecard.customer?.stakeholders ?? [])
    .filter((s) => s.kind === 'customer' && !served.has(s.id))
    .map((s) => ({
      message: `Customer group "${s.name}" has no objective.`,
      why: `Nothing on the map states what ${s.name} get from you${s.needs.length > 0 ? `; their needs: ${s.needs.join('; ')}` : ''}.`,
      suggestion: `Add a customer objective with stakeholder: ${s.id}, phrased as their need (what they get, not what you will do).`,
    }));
}

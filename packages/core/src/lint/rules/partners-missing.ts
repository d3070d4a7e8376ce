import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { isCustomerPerspective } from './helpers.ts';

export const id = 'partners-missing';
export const severity: Severity = 'warning';
export const category: Category = 'customer';
export const description =
  'Partners (dealers, distributors, sales representatives) are named as stakeholders but no objective states what they need.';

export function check({ scorecard }: RuleContext): RawFinding[] {
  const stakeholders = scorecard.customer?.stakeholders ?? [];
  const served = new Set(scorecard.objectives.map((o) => o.stakeholder ?? null));
  const perspective =
    scorecard.perspectives.find(isCustomerPerspective) ?? scorecard.perspectives[0];
  return stakeholders
    .filter((s) => s.kind === 'partner' && !served.has(s.id))
    .map((s) => ({
      message: `Partner stakeholder "${s.name}" has no objective.`,
      why: 'Customers include the partners who sell and serve for you. Forgotten on the map, their needs (price, availability, support) go unmanaged, and so does the channel that reaches the buyers.',
      suggestion: `Add an objective stating what ${s.name} want${s.needs.length > 0 ? ` (their needs: ${s.needs.join('; ')})` : ''} with stakeholder: ${s.id}, e.g. "Achieve and retain win-win partner relations" supported by specific factors.`,
      fix:
        perspective === undefined
          ? null
          : {
              kind: 'add-objective',
              perspective: perspective.id,
              stakeholder: s.id,
              name: s.needs[0] ?? `What ${s.name} need from us`,
            },
    }));
}

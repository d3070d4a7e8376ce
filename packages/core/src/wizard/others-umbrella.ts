import { lag, lead } from '../customer/kpi-idea.ts';
import type { StakeholderPlan } from './stakeholder-plan.ts';

/** The most objectives one perspective holds before the linter calls it sprawl. */
const MAX_PER_PERSPECTIVE = 6;

/**
 * With many other stakeholders, their objectives would crowd the customer perspective past six
 * on the map; they then sit under this umbrella, which keeps each one's objective and KPIs.
 */
export const OTHERS_UMBRELLA = {
  id: 'stakeholders-served',
  name: 'Other stakeholders served on what each of them needs',
  description: 'Umbrella: what the other stakeholders need from us, one objective each.',
  leading: lead('stakeholder-meetings', 'Meetings held with stakeholder groups', '#', 6, 20),
  lagging: lag(
    'stakeholder-ratings',
    'Stakeholder groups rating our cooperation 4 or 5 out of 5',
    '%',
    55,
    75,
  ),
  hypothesis: 'If every stakeholder group gets what it needs from us, they support the work',
} as const;

/** Whether the others go under the umbrella: the served umbrella, the partners' and the others. */
export function othersGrouped(plan: StakeholderPlan): boolean {
  const onMap = 1 + (plan.partners.length > 0 ? 1 : 0) + plan.others.length;
  return onMap > MAX_PER_PERSPECTIVE;
}

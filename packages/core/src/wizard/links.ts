import type { SectorKnowledge } from '../customer/sectors/types.ts';
import type { CapabilityIdea, DisciplineKnowledge } from '../customer/types.ts';
import type { Link } from '../model/strategy.ts';
import { linkOf } from './model-builders.ts';
import { OTHERS_UMBRELLA } from './others-umbrella.ts';
import type { StakeholderPlan } from './stakeholder-plan.ts';

/**
 * The map's cause-effect links, learning → internal → customer → financial: each with the
 * knowledge base's "If … then …" hypothesis and a lag. Every customer objective reaches the
 * sector's goal, directly or through its umbrella.
 */
export function strategyLinks(
  sector: SectorKnowledge,
  discipline: DisciplineKnowledge,
  processes: readonly CapabilityIdea[],
  plan: StakeholderPlan,
  othersGrouped: boolean,
): Link[] {
  const goal = sector.goal.id;
  const { learning, financial } = discipline;
  const links: Link[] = [
    ...learning.drives.map((p) => linkOf(learning.id, p, learning.hypothesis, '6 months')),
    ...processes.flatMap((p) => p.drives.map((o) => linkOf(p.id, o, p.hypothesis, '3 months'))),
    linkOf(sector.customerUmbrella.id, goal, sector.goal.hypothesis, '6 months'),
    linkOf(financial.drivenBy, financial.id, financial.hypothesis, '6 months'),
  ];
  if (plan.partners.length > 0) {
    const umbrella = sector.partners.umbrella;
    links.push(linkOf(umbrella.id, goal, umbrella.hypothesis, '6 months'));
  }
  if (othersGrouped)
    links.push(linkOf(OTHERS_UMBRELLA.id, goal, OTHERS_UMBRELLA.hypothesis, '6 months'));
  links.push(...plan.others.map((o) => linkOf(o.objective.id, goal, o.hypothesis, '6 months')));
  return links;
}

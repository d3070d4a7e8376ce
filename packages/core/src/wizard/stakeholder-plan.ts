import {
  ROLES,
  CONSULTED_HYPOTHESIS,
  consultedObjective,
  roleOf,
} from '../customer/roles/roles.ts';
import type { StakeholderRole } from '../customer/roles/types.ts';
import type { SectorKnowledge } from '../customer/sectors/types.ts';
import type { CapabilityIdea, CustomerObjectiveIdea } from '../customer/types.ts';
import { slugify } from '../schema/slug.ts';

/** The named partners of one role, served together by the role's objectives. */
export interface PartnerGroup {
  readonly id: string;
  readonly name: string;
  readonly role: StakeholderRole;
}

/** A named other stakeholder and the one objective that serves it. */
export interface OtherServed {
  readonly id: string;
  readonly name: string;
  readonly objective: CustomerObjectiveIdea;
  /** "If … then …" from its objective to the organisation's goal. */
  readonly hypothesis: string;
}

export interface StakeholderPlan {
  readonly partners: readonly PartnerGroup[];
  /** The internal processes that deliver the partner groups' objectives. */
  readonly partnerProcesses: readonly CapabilityIdea[];
  readonly others: readonly OtherServed[];
}

/** Beyond this many partner groups, the rest share one planning process (see below). */
const OWN_PROCESSES = 4;

/**
 * Who besides the served group gets objectives, and which: each named partner joins the group
 * of its role (read from its name, else the sector's partner role); each other stakeholder gets
 * the first objective of its role not yet on the map, or, when no role fits, early notice and a
 * say in what affects it. `usedIds` holds the objective ids already on the map.
 */
export function planStakeholders(
  sector: SectorKnowledge,
  partnerNames: readonly string[],
  otherNames: readonly string[],
  usedIds: ReadonlySet<string>,
): StakeholderPlan {
  const byRole = new Map<StakeholderRole, string[]>();
  for (const name of partnerNames) {
    const role = ROLES[roleOf(name, sector.roles) ?? sector.partners.defaultRole];
    byRole.set(role, [...(byRole.get(role) ?? []), name.trim()]);
  }
  const partners = [...byRole].map(([role, names]): PartnerGroup => ({
    id: role.groupId,
    name: joinNames(names),
    role,
  }));
  const used = new Set(usedIds);
  for (const group of partners) for (const o of group.role.objectives) used.add(o.id);
  // A name already given (the served group, a partner, an earlier other) is that same group.
  const named = new Set(
    [sector.customers.name, sector.customers.id, ...partnerNames].map((n) => slugify(n)),
  );
  const takenIds = new Set([sector.customers.id, ...partners.map((p) => p.id)]);
  const others: OtherServed[] = [];
  for (const raw of otherNames) {
    const name = raw.trim();
    const slug = slugify(name);
    if (slug === '' || named.has(slug)) continue;
    named.add(slug);
    let id = slug;
    for (let n = 2; takenIds.has(id); n++) id = `${slug}-${n}`;
    takenIds.add(id);
    const roleId = roleOf(name, sector.roles);
    const fromRole =
      roleId === null ? undefined : ROLES[roleId].objectives.find((o) => !used.has(o.id));
    const objective = fromRole ?? unique(consultedObjective(id, name), used);
    used.add(objective.id);
    const hypothesis =
      fromRole !== undefined && roleId !== null ? ROLES[roleId].hypothesis : CONSULTED_HYPOTHESIS;
    others.push({ id, name, objective, hypothesis });
  }
  return { partners, partnerProcesses: partnerProcesses(partners), others };
}

/**
 * One process per partner group keeps the internal perspective within six objectives for up to
 * four groups; a fifth group and beyond share a yearly joint planning process.
 */
function partnerProcesses(groups: readonly PartnerGroup[]): CapabilityIdea[] {
  if (groups.length <= OWN_PROCESSES) return groups.map((g) => g.role.process);
  const own = groups.slice(0, OWN_PROCESSES - 1);
  const rest = groups.slice(OWN_PROCESSES - 1);
  return [
    ...own.map((g) => g.role.process),
    {
      ...ROLES['community-partner'].process,
      id: 'joint-partner-planning',
      name: 'Agree a yearly joint plan with each of the other partner groups',
      drives: rest.flatMap((g) => g.role.objectives.map((o) => o.id)),
      hypothesis:
        'If a yearly plan is agreed with each partner group, each gets what it needs from us',
    },
  ];
}

function unique(idea: CustomerObjectiveIdea, used: ReadonlySet<string>): CustomerObjectiveIdea {
  let id = idea.id;
  for (let n = 2; used.has(id); n++) id = `${idea.id}-${n}`;
  return id === idea.id ? idea : { ...idea, id };
}

export function joinNames(names: readonly string[]): string {
  const clean = names.map((n) => n.trim());
  return clean.length <= 1
    ? (clean[0] ?? '')
    : `${clean.slice(0, -1).join(', ')} and ${clean.at(-1) ?? ''}`;
}

import { lag, lead } from '../kpi-idea.ts';
import type { CustomerObjectiveIdea } from '../types.ts';
import type { RoleId } from './role-ids.ts';
import { BUSINESS, EMPLOYER, FAMILY, PARENT, PUBLIC_AUTHORITY, REGULATOR } from './roles-others.ts';
import { COMMUNITY_PARTNER, VOLUNTEER } from './roles-community.ts';
import { FUNDER, GOODS_DONOR, REFERRER, RESELLER, SUPPLIER } from './roles-partners.ts';
import type { StakeholderRole } from './types.ts';

/** Every role, keyed by its id, so a new role cannot be forgotten here. */
export const ROLES: Readonly<Record<RoleId, StakeholderRole>> = {
  reseller: RESELLER,
  referrer: REFERRER,
  supplier: SUPPLIER,
  'goods-donor': GOODS_DONOR,
  funder: FUNDER,
  volunteer: VOLUNTEER,
  'community-partner': COMMUNITY_PARTNER,
  family: FAMILY,
  parent: PARENT,
  employer: EMPLOYER,
  business: BUSINESS,
  regulator: REGULATOR,
  'public-authority': PUBLIC_AUTHORITY,
};

/**
 * The role a stakeholder's name gives it: the first of `candidates` (a sector's roles, in its
 * order) with a keyword that starts a word of the name; null when none does. "Food donors" is a
 * donor of goods to a food bank only because the sector tries that role before funders.
 */
export function roleOf(name: string, candidates: readonly RoleId[]): RoleId | null {
  const text = ` ${words(name)}`;
  return (
    candidates.find((id) => ROLES[id].keywords.some((k) => text.includes(` ${words(k)}`))) ?? null
  );
}

const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');

/**
 * For a stakeholder no role fits: the need every group has whose life the organisation's
 * decisions touch — to hear early and be asked — with the group named in the objective.
 */
export function consultedObjective(id: string, given: string): CustomerObjectiveIdea {
  const name = inSentence(given);
  return {
    id: `${id}-consulted`,
    name: `Early notice and a say for ${name} on what affects them`,
    attribute: 'partnership',
    need: 'Hear early about what affects us, and be asked before it is decided',
    leading: lead(`${id}-meetings`, `Meetings held with ${name}`, '#', 2, 6),
    lagging: lag(
      `${id}-rating`,
      `${given} rating how we consult them 4 or 5 out of 5`,
      '%',
      55,
      75,
    ),
    initiative: `Regular consultation with ${name}`,
  };
}

/**
 * A name as it reads inside a sentence: "Local press" → "local press", but "NHS England" and
 * "St. Mary's School" keep their capitals (an acronym, or a proper name capitalised throughout).
 */
function inSentence(name: string): string {
  const [first = '', ...rest] = name.split(/\s+/);
  const common =
    first.slice(1) === first.slice(1).toLowerCase() && rest.every((w) => w === w.toLowerCase());
  return common ? first.charAt(0).toLowerCase() + name.slice(1) : name;
}

export const CONSULTED_HYPOTHESIS =
  'If they hear early and have a say in what affects them, they support the work';

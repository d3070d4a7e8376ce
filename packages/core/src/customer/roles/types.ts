import type { CapabilityIdea, CustomerObjectiveIdea } from '../types.ts';
import type { RoleId } from './role-ids.ts';

/**
 * A role a partner or other stakeholder plays, and what that group wants from the organisation,
 * stated from its side. A partner group gets all of the role's objectives (under the partner
 * umbrella) and its process; another stakeholder gets one objective of its own.
 */
export interface StakeholderRole {
  readonly id: RoleId;
  /** Starts of words in a stakeholder's name that give it this role ("physician", "refer"). */
  readonly keywords: readonly string[];
  /** Stakeholder id of the partner group of this role ("referrers"). */
  readonly groupId: string;
  /** At least two, the most important first. */
  readonly objectives: readonly CustomerObjectiveIdea[];
  /** The internal process that delivers the objectives to a partner group. */
  readonly process: CapabilityIdea;
  /** "If … then …" from an objective of this role to the organisation's goal. */
  readonly hypothesis: string;
}

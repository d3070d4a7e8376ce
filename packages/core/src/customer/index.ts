// Public API of the customer knowledge base: pure data and look-ups the wizard, templates,
// docs and the web app share.
export type * from './types.ts';
export { DISCIPLINES, allDisciplines, disciplineKnowledge } from './disciplines.ts';
export {
  DEFAULT_OUTCOMES,
  OUTCOMES,
  OUTCOME_CHAIN,
  orderedOutcomes,
  outcomeKnowledge,
  outcomesDrivenBy,
  type OutcomeKnowledge,
  type OutcomeLink,
} from './outcomes.ts';
export {
  PARTNER_NEEDS,
  PARTNER_OBJECTIVES,
  PARTNER_PROCESS,
  PARTNER_UMBRELLA,
} from './partners.ts';
export { SECTOR_IDS, isSectorId, type SectorId } from './sectors/sector-ids.ts';
export { SECTORS, allSectors, sectorDiscipline, sectorKnowledge } from './sectors/sectors.ts';
export { resolveSector, type ResolvedSector } from './sectors/resolve-sector.ts';
export type * from './sectors/types.ts';
export { ROLE_IDS, type RoleId } from './roles/role-ids.ts';
// Stakeholder roles, named apart from access's workspace ROLES at the package's top level.
export { ROLES as STAKEHOLDER_ROLES, roleOf } from './roles/roles.ts';
export type { StakeholderRole } from './roles/types.ts';

/** The umbrella objective of the general and commercial sectors' customer perspective. */
export const CUSTOMER_UMBRELLA = {
  id: 'high-value-customers',
  name: 'Add and retain high-value customers',
} as const;

// Public API of the customer knowledge base: pure data and look-ups the wizard, templates,
// docs and (later) the web app share.
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

/** The umbrella objective every generated customer perspective starts from. */
export const CUSTOMER_UMBRELLA = {
  id: 'high-value-customers',
  name: 'Add and retain high-value customers',
} as const;

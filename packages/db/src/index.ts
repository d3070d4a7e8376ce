/**
 * @bearing/db — storage over SQLite (embedded default) and PostgreSQL. Everything is addressed by
 * strategy-file keys; rows and surrogate ids never leave this package.
 */
export * from './create-db.ts';
export type { DB, Database, Dialect, Executor } from './database.ts';
export * from './errors.ts';
export type { WriteContext } from './context.ts';
export * from './records.ts';
export { MIGRATIONS, migrateToLatest, migrationStatus, type MigrationState } from './migrator.ts';
export * from './strategy-store.ts';
export {
  ALL_SCORECARDS,
  changedScorecards,
  loadScorecards,
  workspaceRevision,
  type WorkspaceRevision,
} from './revision.ts';
export { revertChange } from './revert.ts';
export {
  ENTITY_TYPES,
  getChange,
  listBatchChangeIds,
  listChanges,
  newChangeBatchId,
  type Change,
  type ChangeAccount,
  type ChangeOperation,
  type ChangeQuery,
  type EntityType,
} from './repositories/change.repository.ts';
export * from './repositories/workspace.repository.ts';
export {
  createScorecard,
  deleteScorecard,
  getScorecard,
  getScorecardTree,
  listScorecards,
  updateScorecard,
} from './repositories/scorecard.repository.ts';
export * from './repositories/perspective.repository.ts';
export {
  createObjective,
  deleteObjective,
  getObjective,
  listObjectives,
  listWorkspaceObjectives,
  updateObjective,
} from './repositories/objective.repository.ts';
export * from './repositories/link.repository.ts';
export * from './repositories/kpi.repository.ts';
export * from './repositories/kpi-index.repository.ts';
export * from './repositories/kpi-value.repository.ts';
export * from './repositories/initiative.repository.ts';
export {
  getMapLayout,
  updateMapLayout,
  type MapLayout,
  type MapLayoutChanges,
  type MapLayoutUpdate,
  type MapPosition,
} from './repositories/map-layout.repository.ts';
export {
  changesByScorecard,
  importValuesTable,
  valueInput,
  type ValuesImportRequest,
  type ValuesImportResult,
} from './values-import.ts';
export * from './repositories/account.repository.ts';
export * from './repositories/membership.repository.ts';
export * from './repositories/session.repository.ts';
export * from './repositories/api-token.repository.ts';
export * from './repositories/sign-in.repository.ts';
export {
  DEFAULT_MAX_ATTEMPTS,
  JOB_STATES,
  claimJobs,
  completeJob,
  deleteFinishedJobs,
  enqueueJob,
  getJob,
  getJobByDedupeKey,
  listJobs,
  renewLease,
  retryJob,
  type ClaimOptions,
  type JobQuery,
  type JobRecord,
  type JobState,
  type NewJobRow,
  type RetryRequest,
} from './repositories/job.repository.ts';
export * from './repositories/notification.repository.ts';
export * from './repositories/cycle-settings.repository.ts';
export * from './repositories/status-mark.repository.ts';
export * from './repositories/webhook.repository.ts';

/**
 * The change log: one row per create/update/delete of an entity or a value. Entities are named by
 * their keys, not surrogate ids, so a row still reads correctly after the entity is gone.
 */
export interface ChangeTable {
  /** UUIDv7: sorts by time of creation. */
  id: string;
  workspace_id: string;
  entity_type: string;
  operation: string;
  /** Null for the workspace itself. */
  scorecard_key: string | null;
  /** The entity's own key (for a link `from->to`, for a value the KPI key). */
  entity_key: string;
  /** Only for KPI values. */
  period: string | null;
  actor: string;
  at: string;
  /** Domain JSON of the entity before and after; null on create and on delete respectively. */
  before_json: string | null;
  after_json: string | null;
  /** The write (edit batch) that logged the row; null for rows from before batches existed. */
  batch_id: string | null;
  /** The account behind the change; null for local-mode writes. No foreign key: see the migration. */
  account_id: string | null;
  /** The API token the account used, if any. */
  token_id: string | null;
}

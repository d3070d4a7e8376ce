export interface ScorecardTable {
  id: string;
  workspace_id: string;
  /** The strategy-file id: unique within the workspace. */
  key: string;
  /** Order of the scorecard in the strategy file. */
  position: number;
  name: string;
  description: string | null;
  owner: string | null;
  threshold_green: number;
  threshold_amber: number;
  /**
   * Model fields this schema has no column for yet (e.g. the customer model, lint settings), as
   * a JSON object, so a strategy round-trips exactly while the model grows. NULL when none.
   */
  extra_json: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

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
   * Model fields with no column of their own, as a JSON object; NULL when none. Which keys it
   * may hold, and how they are checked on read, is in repositories/extra-fields.ts.
   */
  extra_json: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A cause-effect arrow between two objectives of one scorecard; unique per (from, to). */
export interface LinkTable {
  id: string;
  scorecard_id: string;
  from_objective_id: string;
  to_objective_id: string;
  position: number;
  hypothesis: string | null;
  lag_count: number | null;
  lag_unit: string | null;
  /**
   * Model fields with no column of their own, as a JSON object; NULL when none. Which keys it
   * may hold, and how they are checked on read, is in repositories/extra-fields.ts.
   */
  extra_json: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

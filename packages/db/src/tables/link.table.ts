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
   * Model fields this schema has no column for yet (e.g. the customer model, lint settings), as
   * a JSON object, so a strategy round-trips exactly while the model grows. NULL when none.
   */
  extra_json: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

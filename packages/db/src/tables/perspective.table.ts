export interface PerspectiveTable {
  id: string;
  scorecard_id: string;
  key: string;
  /** Display order: Financial on top by default. */
  position: number;
  name: string;
  weight: number;
  /**
   * Model fields this schema has no column for yet (e.g. the customer model, lint settings), as
   * a JSON object, so a strategy round-trips exactly while the model grows. NULL when none.
   */
  extra_json: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

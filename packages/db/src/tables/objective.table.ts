export interface ObjectiveTable {
  id: string;
  scorecard_id: string;
  perspective_id: string;
  key: string;
  position: number;
  name: string;
  weight: number;
  rollup: string;
  owner: string | null;
  description: string | null;
  /** Sub-objective of another objective of the same scorecard. */
  parent_id: string | null;
  /** Cascading: an objective of any scorecard of the same workspace. */
  contributes_to_id: string | null;
  /**
   * Model fields this schema has no column for yet (e.g. the customer model, lint settings), as
   * a JSON object, so a strategy round-trips exactly while the model grows. NULL when none.
   */
  extra_json: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

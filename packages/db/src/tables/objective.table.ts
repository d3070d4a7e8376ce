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
   * Model fields with no column of their own, as a JSON object; NULL when none. Which keys it
   * may hold, and how they are checked on read, is in repositories/extra-fields.ts.
   */
  extra_json: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

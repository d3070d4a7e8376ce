export interface PerspectiveTable {
  id: string;
  scorecard_id: string;
  key: string;
  /** Display order: Financial on top by default. */
  position: number;
  name: string;
  weight: number;
  /**
   * Model fields with no column of their own, as a JSON object; NULL when none. Which keys it
   * may hold, and how they are checked on read, is in repositories/extra-fields.ts.
   */
  extra_json: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

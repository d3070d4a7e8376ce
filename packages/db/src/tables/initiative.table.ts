export interface InitiativeTable {
  id: string;
  /** Denormalised from the objective so initiative keys can be unique within their scorecard. */
  scorecard_id: string;
  objective_id: string;
  key: string;
  position: number;
  name: string;
  owner: string | null;
  description: string | null;
  start_date: string | null;
  due_date: string | null;
  budget: number | null;
  spent: number | null;
  progress: number | null;
  status: string;
  /**
   * Model fields with no column of their own, as a JSON object; NULL when none. Which keys it
   * may hold, and how they are checked on read, is in repositories/extra-fields.ts.
   */
  extra_json: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

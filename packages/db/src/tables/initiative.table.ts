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
   * Model fields this schema has no column for yet (e.g. the customer model, lint settings), as
   * a JSON object, so a strategy round-trips exactly while the model grows. NULL when none.
   */
  extra_json: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface KpiTable {
  id: string;
  /** Denormalised from the objective so KPI keys can be unique within their scorecard. */
  scorecard_id: string;
  objective_id: string;
  key: string;
  position: number;
  name: string;
  description: string | null;
  unit: string | null;
  indicator: string | null;
  optimization: string;
  baseline: number | null;
  /** A number target, or the low end of a `[low, high]` range target. */
  target: number | null;
  /** Set only for a range target. */
  target_high: number | null;
  min: number | null;
  max: number | null;
  weight: number;
  frequency: string;
  aggregation: string;
  /** 0 | 1: SQLite has no boolean type and better-sqlite3 cannot bind one. */
  carry_forward: number;
  allow_negative: number;
  threshold_green: number | null;
  threshold_amber: number | null;
  owner: string | null;
  /** A calculated KPI's formula; NULL for a KPI whose values are entered. */
  formula: string | null;
  /**
   * Model fields with no column of their own, as a JSON object; NULL when none. Which keys it
   * may hold, and how they are checked on read, is in repositories/extra-fields.ts.
   */
  extra_json: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

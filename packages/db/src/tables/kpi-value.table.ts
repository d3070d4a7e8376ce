/** One value per KPI and period (primary key kpi_id + period). */
export interface KpiValueTable {
  kpi_id: string;
  /** Normalised period key, e.g. `2026-03`. */
  period: string;
  /** Day numbers (days since 1970-01-01, inclusive) so range queries work in SQL. */
  period_start: number;
  period_end: number;
  value: number;
  comment: string | null;
  author: string;
  updated_at: string;
  version: number;
}

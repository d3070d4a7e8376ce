/** Per-period targets of a KPI (scoring.md §4); part of the KPI, versioned with it. */
export interface KpiTargetTable {
  kpi_id: string;
  period: string;
  period_start: number;
  period_end: number;
  target: number;
  target_high: number | null;
}

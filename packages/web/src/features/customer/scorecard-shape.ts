/**
 * The few fields of objectives and KPIs the customer view reads. Both the API's scorecard detail
 * and core's parsed strategy fit these shapes, so the same pure functions serve the customer page
 * and the previews of templates and wizard output.
 */
export interface KpiLike {
  readonly id: string;
  readonly name: string;
  readonly unit?: string | null;
  readonly indicator?: 'leading' | 'lagging' | null;
  readonly segment?: string | null;
  readonly outcome?: string | null;
}

export interface ObjectiveLike {
  readonly id: string;
  readonly name: string;
  readonly perspective: string;
  readonly parent: string | null;
  readonly stakeholder?: string | null;
  readonly segment?: string | null;
  readonly kpis: readonly KpiLike[];
}

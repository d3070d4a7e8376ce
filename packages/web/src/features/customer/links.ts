import { scorecardUrl, type ScorecardParams } from '../../app/url-state.ts';

/** Links to an objective's or a KPI's page that keep the period in view. */
export function objectiveUrl(params: ScorecardParams, id: string, period: string | null): string {
  return scorecardUrl(params, `objectives/${encodeURIComponent(id)}`, { period });
}

export function kpiUrl(params: ScorecardParams, id: string, period: string | null): string {
  return scorecardUrl(params, `kpis/${encodeURIComponent(id)}`, { period });
}

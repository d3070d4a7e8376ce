/**
 * Trend arrows from the trends endpoint's score series. The scores are the server's; this only
 * compares the last two.
 */
export type Series = readonly (number | null)[];

/** `GET …/scorecards/{id}/trends?count=&to=`: score series per node, oldest first. */
export interface ScorecardTrends {
  readonly scorecard: string;
  readonly periods: readonly string[];
  readonly score?: Series;
  readonly perspectives?: Readonly<Record<string, Series>>;
  readonly objectives: Readonly<Record<string, Series>>;
  readonly kpis: Readonly<Record<string, Series>>;
}

export type TrendDirection = 'up' | 'down' | 'flat';

/** Below half a percentage point a change does not show on a rounded score: call it flat. */
const FLAT = 0.005;

/** The direction from the second-to-last to the last period; null when either has no score. */
export function trendDirection(series: Series | undefined): TrendDirection | null {
  if (!series || series.length < 2) return null;
  const last = series[series.length - 1];
  const previous = series[series.length - 2];
  if (last === null || last === undefined || previous === null || previous === undefined) {
    return null;
  }
  const delta = last - previous;
  if (Math.abs(delta) < FLAT) return 'flat';
  return delta > 0 ? 'up' : 'down';
}

/**
 * Trend arrows and sparklines from the trends endpoint's score series. The scores are the
 * server's; this only compares the last two and scales them into a tiny SVG path.
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

/**
 * Polyline point lists for a sparkline on a fixed 0..1 scale (so two rows' lines compare). A
 * period without a score breaks the line instead of being drawn as zero.
 */
export function sparklineSegments(series: Series, width: number, height: number): string[] {
  if (series.length === 0) return [];
  const step = series.length > 1 ? width / (series.length - 1) : 0;
  const segments: string[] = [];
  let current: string[] = [];
  series.forEach((score, i) => {
    if (score === null) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
      return;
    }
    const clamped = Math.min(1, Math.max(0, score));
    const x = Math.round(i * step * 10) / 10;
    const y = Math.round((height - clamped * height) * 10) / 10;
    current.push(`${x},${y}`);
  });
  if (current.length > 0) segments.push(current.join(' '));
  return segments;
}

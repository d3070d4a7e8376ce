/**
 * The two series of a link lined up at the lag the test found: the cause's score from `lag`
 * steps earlier is drawn at each effect period, so a reader sees whether the two move together.
 * Pure: only the API's scores are placed, nothing is computed from them.
 */
import type { LinkSeriesResponse } from '@bearing/core';

export interface AlignedSeries {
  /** The effect's periods: the x axis. */
  readonly periods: readonly string[];
  /** The cause's score `lag` steps before each period (null where it was not observed). */
  readonly cause: readonly (number | null)[];
  /** The cause's own period behind each point, for the tooltip. */
  readonly causePeriods: readonly (string | null)[];
  readonly effect: readonly (number | null)[];
  readonly lag: number;
}

export function alignSeries(series: LinkSeriesResponse, lag: number | null): AlignedSeries {
  const shift = Math.max(0, lag ?? 0);
  const byPeriod = new Map(series.cause.points.map((p) => [p.period, p.score]));
  const causeOrder = series.cause.points.map((p) => p.period);
  const effectPoints = series.effect.points;
  const causePeriods = effectPoints.map((point) => {
    const at = causeOrder.indexOf(point.period);
    // The effect's period is in the cause's axis (both come from one step's periods); a period
    // the cause does not reach has no earlier value to show.
    return at - shift >= 0 ? (causeOrder[at - shift] ?? null) : null;
  });
  return {
    periods: effectPoints.map((p) => p.period),
    cause: causePeriods.map((p) => (p === null ? null : (byPeriod.get(p) ?? null))),
    causePeriods,
    effect: effectPoints.map((p) => p.score),
    lag: shift,
  };
}

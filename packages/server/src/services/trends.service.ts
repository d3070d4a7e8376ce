import {
  type Period,
  type PeriodKey,
  type PeriodKind,
  type ScorecardId,
  periodContaining,
  periodsEndingAt,
  scoreNumbers,
} from '@bearing/core';
import type { Executor } from '@bearing/db';
import { ApiError } from '../errors.ts';
import { latestPeriod } from './scoring.service.ts';
import { cachedStrategy, preparedFor } from './strategy-cache.ts';

/** One number per period, oldest first; null where there is no score (or no value). */
export type Series = readonly (number | null)[];

export interface ScorecardTrends {
  readonly scorecard: ScorecardId;
  /** The step between periods: the kind of `to`. */
  readonly kind: PeriodKind;
  readonly from: PeriodKey;
  readonly to: PeriodKey;
  readonly periods: readonly PeriodKey[];
  /** The scorecard's own score. */
  readonly score: Series;
  /** By id, in file order. */
  readonly perspectives: Readonly<Record<string, Series>>;
  readonly objectives: Readonly<Record<string, Series>>;
  readonly kpis: Readonly<Record<string, Series>>;
  /** The KPIs' values (folded or carried forward as scoring used them), for value sparklines. */
  readonly kpiValues: Readonly<Record<string, Series>>;
}

/**
 * Without `to`, a series steps by month, ending with the month of the scorecard's latest value.
 * Core knows no scorecard-wide frequency (each KPI has its own); a month is the finest step most
 * scorecards report at, and a client wanting quarters passes a quarter as `to`.
 */
export const DEFAULT_TREND_KIND: PeriodKind = 'month';

/**
 * Sparklines and trend arrows for a whole scorecard: every perspective, objective and KPI over
 * the `count` periods ending with `to`. One numeric pass per period over the scorecard and its
 * cascade (core's `scoreNumbers`, the engine `scorecardHistory`, `objectiveHistory` and
 * `kpiHistory` run on), read for every node at once, so the numbers are the history routes' and
 * the work is `count` passes, not one series per node. Memoised per cached revision.
 */
export async function scorecardTrends(
  db: Executor,
  workspace: string,
  scorecard: ScorecardId,
  to: Period | undefined,
  count: number,
): Promise<ScorecardTrends> {
  const cached = await cachedStrategy(db, workspace);
  const prepared = preparedFor(cached, scorecard);
  const ps = prepared.scorecardById.get(scorecard);
  if (ps === undefined) {
    throw new ApiError('NOT_FOUND', `scorecard "${scorecard}" does not exist`, 'params.id');
  }
  const last =
    to ?? periodContaining(DEFAULT_TREND_KIND, latestPeriod(cached, scorecard, 'query.to').end);
  let memo = cached.memo.get(TRENDS_MEMO) as Map<string, ScorecardTrends> | undefined;
  if (memo === undefined) {
    memo = new Map();
    cached.memo.set(TRENDS_MEMO, memo);
  }
  const memoKey = `${scorecard}\u0000${last.key}\u0000${count}`;
  const hit = memo.get(memoKey);
  if (hit !== undefined) return hit;

  const periods = periodsEndingAt(last, count);
  const objectives = [...ps.objectiveById.values()];
  const kpis = [...ps.kpiById.values()];
  const perspectives = ps.perspectives;
  const blank = (n: number) =>
    Array.from({ length: n }, () => new Array<number | null>(periods.length));
  const score = new Array<number | null>(periods.length);
  const perspectiveSeries = blank(perspectives.length);
  const objectiveSeries = blank(objectives.length);
  const kpiSeries = blank(kpis.length);
  const valueSeries = blank(kpis.length);
  periods.forEach((period, i) => {
    const numbers = scoreNumbers(prepared, period, scorecard);
    score[i] = numbers.scorecardScore(ps);
    perspectives.forEach((pp, n) => (perspectiveSeries[n]![i] = numbers.perspectiveScore(pp)));
    objectives.forEach((po, n) => (objectiveSeries[n]![i] = numbers.objectiveScore(po)));
    kpis.forEach((pk, n) => {
      kpiSeries[n]![i] = numbers.kpiScore(pk);
      valueSeries[n]![i] = numbers.kpiValue(pk);
    });
  });
  const byId = (ids: readonly string[], series: (number | null)[][]) =>
    Object.fromEntries(ids.map((id, n) => [id, series[n]!]));
  const trends: ScorecardTrends = {
    scorecard,
    kind: last.kind,
    from: periods[0]!.key,
    to: last.key,
    periods: periods.map((p) => p.key),
    score,
    perspectives: byId(
      perspectives.map((pp) => pp.perspective.id),
      perspectiveSeries,
    ),
    objectives: byId(
      objectives.map((po) => po.objective.id),
      objectiveSeries,
    ),
    kpis: byId(
      kpis.map((pk) => pk.id),
      kpiSeries,
    ),
    kpiValues: byId(
      kpis.map((pk) => pk.id),
      valueSeries,
    ),
  };
  if (memo.size >= MAX_MEMO_TRENDS) memo.delete(memo.keys().next().value!);
  memo.set(memoKey, trends);
  return trends;
}

const TRENDS_MEMO = 'trends';
/** A 300-KPI scorecard's 36-period trends are about 100 KB: a few MB per workspace at most. */
const MAX_MEMO_TRENDS = 64;

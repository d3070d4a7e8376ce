import {
  type HistoryPoint,
  type KpiId,
  type ObjectiveId,
  type Period,
  type ScorecardId,
  type ScorecardScore,
  kpiHistory,
  latestValuePeriod,
  objectiveHistory,
  periodOf,
  prepareStrategy,
  scoreScorecard,
} from '@bearing/core';
import { type Executor, loadStrategy } from '@bearing/db';
import { ApiError } from '../errors.ts';

/**
 * Scores come from the core engine on the workspace's whole strategy (a scorecard's score
 * depends on the scorecards cascading into it), so every surface shows the same numbers as the
 * CLI. Loaded per request for now; caching prepared strategies is later work.
 */
export async function scoreOneScorecard(
  db: Executor,
  workspace: string,
  scorecard: ScorecardId,
  period: Period | undefined,
): Promise<ScorecardScore> {
  const strategy = await loadStrategy(db, workspace);
  const prepared = prepareStrategy(strategy);
  if (!prepared.scorecardById.has(scorecard)) {
    throw new ApiError('NOT_FOUND', `scorecard "${scorecard}" does not exist`, 'params.id');
  }
  const asOf = period ?? latest(strategy, scorecard);
  return scoreScorecard(prepared, scorecard, asOf);
}

function latest(strategy: Parameters<typeof latestValuePeriod>[0], id: ScorecardId): Period {
  const key = latestValuePeriod(strategy, id);
  if (key === null) {
    throw new ApiError(
      'NO_DATA',
      `scorecard "${id}" has no KPI values yet, so there is no latest period; pass ?period=`,
      'query.period',
    );
  }
  return periodOf(key);
}

export interface HistoryTarget {
  readonly scorecard: ScorecardId;
  readonly kind: 'kpi' | 'objective';
  readonly id: string;
}

/** The same document as `bearing history --json`: {scorecard, kpi|objective, from, to, points}. */
export async function history(
  db: Executor,
  workspace: string,
  target: HistoryTarget,
  periods: readonly Period[],
): Promise<Record<string, unknown>> {
  const prepared = prepareStrategy(await loadStrategy(db, workspace));
  const points: HistoryPoint[] =
    target.kind === 'kpi'
      ? kpiHistory(prepared, target.scorecard, target.id as KpiId, periods)
      : objectiveHistory(prepared, target.scorecard, target.id as ObjectiveId, periods);
  return {
    scorecard: target.scorecard,
    [target.kind]: target.id,
    from: periods[0]?.key,
    to: periods.at(-1)?.key,
    points,
  };
}

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
  scoreScorecard,
} from '@bearing/core';
import type { Executor } from '@bearing/db';
import { ApiError } from '../errors.ts';
import { type CachedStrategy, cachedStrategy, preparedFor } from './strategy-cache.ts';

/**
 * Scores come from the core engine on the workspace's whole strategy (a scorecard's score
 * depends on the scorecards cascading into it), so every surface shows the same numbers as the
 * CLI. The prepared strategy comes from a per-process cache that checks the workspace's revision
 * in the database on every request (strategy-cache.ts), so several processes behind a load
 * balancer never serve scores older than the last committed write.
 */
export async function scoreOneScorecard(
  db: Executor,
  workspace: string,
  scorecard: ScorecardId,
  period: Period | undefined,
): Promise<ScorecardScore> {
  const cached = await cachedStrategy(db, workspace);
  const prepared = preparedFor(cached, scorecard);
  if (!prepared.scorecardById.has(scorecard)) {
    throw new ApiError('NOT_FOUND', `scorecard "${scorecard}" does not exist`, 'params.id');
  }
  const asOf = period ?? latestPeriod(cached, scorecard);
  // Scores are a pure function of (strategy at this revision, scorecard, period): the same
  // request again is answered from the entry's memo, which dies with the revision. Shared
  // between requests, so nothing may change the returned object.
  let scores = cached.memo.get(SCORES_MEMO) as Map<string, ScorecardScore> | undefined;
  if (scores === undefined) {
    scores = new Map();
    cached.memo.set(SCORES_MEMO, scores);
  }
  const memoKey = `${scorecard}\u0000${asOf.key}`;
  let score = scores.get(memoKey);
  if (score === undefined) {
    score = scoreScorecard(prepared, scorecard, asOf);
    if (scores.size >= MAX_MEMO_SCORES) scores.delete(scores.keys().next().value!);
    scores.set(memoKey, score);
  }
  return score;
}

const SCORES_MEMO = 'scores';
/** About 100 KB each for a 60-KPI scorecard: a few tens of MB at most per workspace. */
const MAX_MEMO_SCORES = 256;

/**
 * The scorecard's newest period with a value, computed once per cached revision: the default
 * "as of" of scores, explanations and trends. NO_DATA (blaming `path`) when it has no values.
 */
export function latestPeriod(
  cached: CachedStrategy,
  id: ScorecardId,
  path = 'query.period',
): Period {
  const memoKey = `latest:${id}`;
  let key = cached.memo.get(memoKey) as ReturnType<typeof latestValuePeriod> | undefined;
  if (key === undefined) {
    key = latestValuePeriod(cached.strategy, id);
    cached.memo.set(memoKey, key);
  }
  if (key === null) {
    throw new ApiError(
      'NO_DATA',
      `scorecard "${id}" has no KPI values yet, so there is no latest period; ${periodHint(path)}`,
      path,
    );
  }
  return periodOf(key);
}

/** How to name the period yourself: a query parameter, or a field of the request body. */
function periodHint(path: string): string {
  if (path.startsWith('body.')) return `give "${path.slice('body.'.length)}" in the request body`;
  return `pass ?${path.replace('query.', '')}=`;
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
  const prepared = preparedFor(await cachedStrategy(db, workspace), target.scorecard);
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

import {
  type DocumentFormat,
  type Period,
  type ScorecardId,
  strategyDocument,
} from '@bearing/core';
import type { Executor } from '@bearing/db';
import { ApiError } from '../errors.ts';
import { cascadeSubset } from './cascade-subset.ts';
import { cachedStrategy, preparedFor } from './strategy-cache.ts';

/**
 * The strategy document of one scorecard, as `bearing doc` writes it for a file: the scorecard
 * and every scorecard that cascades into it (their scores depend on each other), in file order,
 * scored as of `period` or the latest period with a value among them. Read from the workspace's
 * cached strategy, prepared as the score routes prepare it.
 */
export async function scorecardDocument(
  db: Executor,
  workspace: string,
  scorecard: ScorecardId,
  format: DocumentFormat,
  period: Period | undefined,
): Promise<string> {
  const cached = await cachedStrategy(db, workspace);
  if (!cached.strategy.scorecards.some((s) => s.id === scorecard)) {
    throw new ApiError('NOT_FOUND', `scorecard "${scorecard}" does not exist`, 'params.id');
  }
  const scope = cascadeSubset(cached.strategy, scorecard) ?? cached.strategy;
  return strategyDocument(cached.strategy, {
    format,
    period,
    scorecards: scope.scorecards.map((s) => s.id),
    prepared: preparedFor(cached, scorecard),
  });
}

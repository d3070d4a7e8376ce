import {
  type CollectionReport,
  type Period,
  type ScorecardId,
  collectionStatus,
  daysFromCivil,
  periodContaining,
} from '@bearing/core';
import { type Executor, loadStrategy } from '@bearing/db';
import { ApiError } from '../errors.ts';

export interface CollectionQuery {
  readonly period?: Period | undefined;
  readonly graceDays: number;
  readonly scorecard?: ScorecardId | undefined;
}

/**
 * Who owes which values for a period, as of the server's calendar day (its local time zone: the
 * day the strategy office is living in). The period defaults to the last month that has ended.
 */
export async function collectionReport(
  db: Executor,
  workspace: string,
  query: CollectionQuery,
  now: Date,
): Promise<CollectionReport> {
  const strategy = await loadStrategy(db, workspace);
  if (query.scorecard !== undefined && !strategy.scorecards.some((s) => s.id === query.scorecard)) {
    throw new ApiError(
      'NOT_FOUND',
      `no scorecard "${query.scorecard}" in workspace "${workspace}"`,
      'query.scorecard',
    );
  }
  const today = daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
  const period =
    query.period ?? periodContaining('month', periodContaining('month', today).start - 1);
  return collectionStatus(strategy, {
    period,
    today,
    graceDays: query.graceDays,
    ...(query.scorecard === undefined ? {} : { scorecard: query.scorecard }),
  });
}

import type { Period, ScorecardId } from '@bearing/core';
import { type ScorecardLintReport, lintStrategy } from '@bearing/core/lint';
import type { Executor } from '@bearing/db';
import { ApiError } from '../errors.ts';
import { cachedStrategy } from './strategy-cache.ts';

export interface ScorecardLintResponse extends ScorecardLintReport {
  /** The period the report is as of (null: rules about overdue data did not run). */
  readonly period: string | null;
  /** Every rule that ran, with the level it ran at after configuration. */
  readonly rules: readonly { readonly id: string; readonly severity: string }[];
}

/**
 * The same linter as `bearing lint`, over the workspace's strategy at its current revision (the
 * strategy file's `lint:` section, kept with the workspace, applies). The whole strategy is
 * linted because some rules follow links and cascades across scorecards; the report is kept
 * per revision and period, so repeated requests cost nothing until the next write.
 */
export async function lintScorecard(
  db: Executor,
  workspace: string,
  scorecard: ScorecardId,
  period: Period | undefined,
): Promise<ScorecardLintResponse> {
  const cached = await cachedStrategy(db, workspace);
  const memoKey = `lint:${period?.key ?? ''}`;
  let report = cached.memo.get(memoKey) as ReturnType<typeof lintStrategy> | undefined;
  if (report === undefined) {
    report = lintStrategy(cached.strategy, { period: period ?? null });
    cached.memo.set(memoKey, report);
  }
  const one = report.scorecards.find((s) => s.scorecard === scorecard);
  if (one === undefined) {
    throw new ApiError('NOT_FOUND', `scorecard "${scorecard}" does not exist`, 'params.id');
  }
  return { ...one, period: period?.key ?? null, rules: report.rules };
}

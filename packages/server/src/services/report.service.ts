import { BoardReportError, type Period, type ScorecardId, boardReport } from '@bearing/core';
import { scorecardMapSvg } from '@bearing/core/map';
import { getMapLayout, type Executor } from '@bearing/db';
import { ApiError } from '../errors.ts';
import { scoreScorecard } from '@bearing/core';
import { latestValuePeriod, periodOf } from '@bearing/core';
import { cachedStrategy, preparedFor } from './strategy-cache.ts';

/**
 * The board report and the strategy map of one scorecard, as `bearing report` makes them from a
 * file, but with the positions saved on the web map. HTML/SVG here; printing is the route's.
 */
export async function scorecardReportHtml(
  db: Executor,
  workspace: string,
  scorecard: ScorecardId,
  period: Period | undefined,
  now: Date,
): Promise<string> {
  const cached = await cachedStrategy(db, workspace);
  requireScorecard(cached.strategy.scorecards, scorecard);
  const positions = await getMapLayout(db, workspace, scorecard);
  try {
    return boardReport(cached.strategy, {
      scorecard,
      period,
      now,
      workspace,
      positions,
      prepared: preparedFor(cached, scorecard),
    });
  } catch (error) {
    if (error instanceof BoardReportError) {
      throw new ApiError(
        'NO_DATA',
        error.message.replace('give --period', 'give ?period='),
        'query.period',
      );
    }
    throw error;
  }
}

export async function scorecardMap(
  db: Executor,
  workspace: string,
  scorecard: ScorecardId,
  period: Period | undefined,
): Promise<string> {
  const cached = await cachedStrategy(db, workspace);
  const sc = requireScorecard(cached.strategy.scorecards, scorecard);
  const latest = latestValuePeriod(cached.strategy, scorecard);
  const at = period ?? (latest === null ? null : periodOf(latest));
  const score = at === null ? null : scoreScorecard(preparedFor(cached, scorecard), scorecard, at);
  return scorecardMapSvg(sc, {
    title: `${sc.name}: strategy map`,
    ...(at === null ? {} : { subtitle: `Scores as of ${at.key}` }),
    score,
    positions: await getMapLayout(db, workspace, scorecard),
  });
}

function requireScorecard<T extends { readonly id: string }>(list: readonly T[], id: string): T {
  const found = list.find((s) => s.id === id);
  if (found === undefined) {
    throw new ApiError('NOT_FOUND', `scorecard "${id}" does not exist`, 'params.id');
  }
  return found;
}

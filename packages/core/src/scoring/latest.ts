import type { ScorecardId } from '../model/ids.ts';
import type { Strategy } from '../model/strategy.ts';
import type { Period, PeriodKey } from '../periods/period.ts';
import { PeriodCache } from './values.ts';

/**
 * The latest period (by end) that has any value, in the whole strategy or one scorecard: the
 * natural "as of" when the user names none. When periods of several kinds end on the same day
 * (2026-03, 2026-Q1), the longest wins, so scoring as of it folds every value ending that day.
 */
export function latestValuePeriod(strategy: Strategy, scorecardId?: ScorecardId): PeriodKey | null {
  const periods = new PeriodCache();
  let best: Period | null = null;
  for (const scorecard of strategy.scorecards) {
    if (scorecardId !== undefined && scorecard.id !== scorecardId) continue;
    for (const objective of scorecard.objectives) {
      for (const kpi of objective.kpis) {
        for (const item of kpi.values) {
          const p = periods.get(item.period);
          if (p === null) continue;
          if (best === null || p.end > best.end || (p.end === best.end && p.start < best.start))
            best = p;
        }
      }
    }
  }
  return best?.key ?? null;
}

import type { KpiId, ObjectiveId, ScorecardId } from '../model/ids.ts';
import type { Thresholds } from '../model/strategy.ts';
import type { Period } from '../periods/period.ts';
import { createRunContext } from './context.ts';
import { createKpiNumbers, nullIfNaN, scoreKpiInto } from './kpi-score.ts';
import { lookupKpi, lookupObjective, lookupScorecard } from './lookup.ts';
import { ScoreNumbers, computeScorecard, type NodeNumbers } from './numbers.ts';
import { runNumericPass } from './numeric-pass.ts';
import { objectiveScope } from './plan.ts';
import type { PreparedStrategy } from './prepare.ts';
import { statusFor } from './status.ts';
import type { HistoryPoint } from './types.ts';

/**
 * History series: one numeric pass per period over only what the node depends on, reading its
 * numbers and building one point; never a score tree. The buffers are reused across periods.
 */

/** A KPI's score and value in each of `periods`, in the order given (for history charts). */
export function kpiHistory(
  prepared: PreparedStrategy,
  scorecardId: ScorecardId,
  kpiId: KpiId,
  periods: readonly Period[],
): HistoryPoint[] {
  const pk = lookupKpi(prepared, scorecardId, kpiId);
  const one = createKpiNumbers(1);
  const scorable = pk.optimization === 'none' ? 0 : 1;
  return periods.map((period) => {
    scoreKpiInto(prepared.plan.params, pk.index, createRunContext(period), one, 0);
    const score = nullIfNaN(one.score[0]);
    return {
      period: period.key,
      score,
      status: statusFor(score, pk.thresholds),
      value: nullIfNaN(one.value[0]),
      coverage: { scored: score === null ? 0 : scorable, total: scorable },
    };
  });
}

/** An objective's roll-up in each of `periods`, cascade included; `value` is always null. */
export function objectiveHistory(
  prepared: PreparedStrategy,
  scorecardId: ScorecardId,
  objectiveId: ObjectiveId,
  periods: readonly Period[],
): HistoryPoint[] {
  const po = lookupObjective(prepared, scorecardId, objectiveId);
  const scope = objectiveScope(prepared.plan, [po.index]);
  let numbers: ScoreNumbers | undefined;
  return periods.map((period) => {
    numbers ??= new ScoreNumbers(prepared.plan, period);
    numbers.period = period;
    runNumericPass(numbers, createRunContext(period), scope);
    return point(period, numbers.objective, po.index, po.scorecard.thresholds);
  });
}

/** A scorecard's score in each of `periods`, cascade included; `value` is always null. */
export function scorecardHistory(
  prepared: PreparedStrategy,
  scorecardId: ScorecardId,
  periods: readonly Period[],
): HistoryPoint[] {
  const ps = lookupScorecard(prepared, scorecardId);
  let numbers: ScoreNumbers | undefined;
  return periods.map((period) => {
    numbers ??= new ScoreNumbers(prepared.plan, period);
    numbers.period = period;
    computeScorecard(numbers, ps);
    return point(period, numbers.scorecard, ps.index, ps.scorecard.thresholds);
  });
}

function point(
  period: Period,
  level: NodeNumbers,
  i: number,
  thresholds: Thresholds,
): HistoryPoint {
  const score = nullIfNaN(level.score[i]);
  return {
    period: period.key,
    score,
    status: statusFor(score, thresholds),
    value: null,
    coverage: { scored: level.scored[i] ?? 0, total: level.total[i] ?? 0 },
  };
}

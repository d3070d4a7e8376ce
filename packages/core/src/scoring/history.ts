import type { KpiId, ObjectiveId, ScorecardId } from '../model/ids.ts';
import type { Period } from '../periods/period.ts';
import { createRunContext } from './context.ts';
import { scorePreparedKpi } from './kpi-score.ts';
import { lookupKpi, lookupObjective } from './lookup.ts';
import type { PreparedStrategy } from './prepare.ts';
import { scoreObjective } from './scorecard-score.ts';
import type { HistoryPoint } from './types.ts';

/** A KPI's score and value in each of `periods`, in the order given (for history charts). */
export function kpiHistory(
  prepared: PreparedStrategy,
  scorecardId: ScorecardId,
  kpiId: KpiId,
  periods: readonly Period[],
): HistoryPoint[] {
  const pk = lookupKpi(prepared, scorecardId, kpiId);
  return periods.map((period) => {
    const k = scorePreparedKpi(pk, createRunContext(period));
    return {
      period: period.key,
      score: k.score,
      status: k.status,
      value: k.value,
      coverage: k.coverage,
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
  return periods.map((period) => {
    // A fresh run per period: the memo holds one period's scores only.
    const o = scoreObjective(po, createRunContext(period, prepared.objectiveCount));
    return {
      period: period.key,
      score: o?.score ?? null,
      status: o?.status ?? 'none',
      value: null,
      coverage: o?.coverage ?? { scored: 0, total: 0 },
    };
  });
}

import {
  type ExplanationStep,
  type KpiId,
  type KpiScore,
  type Period,
  type ScorecardId,
  type Thresholds,
  explainKpiScore,
  scoreKpi,
} from '@bearing/core';
import type { Executor } from '@bearing/db';
import { ApiError } from '../errors.ts';
import { latestPeriod } from './scoring.service.ts';
import { cachedStrategy, preparedFor } from './strategy-cache.ts';

/** "Why is this red": the KPI's score as of a period, and the steps that led to it. */
export interface KpiExplanation extends Omit<KpiScore, 'id'> {
  readonly scorecard: ScorecardId;
  readonly kpi: KpiId;
  /** The KPI's scale ends (range KPIs and clamped scales); null when not set. */
  readonly min: number | null;
  readonly max: number | null;
  /** The thresholds the status was judged by: the KPI's own, else its scorecard's. */
  readonly thresholds: Thresholds;
  readonly thresholdsFrom: 'kpi' | 'scorecard';
  readonly steps: readonly ExplanationStep[];
}

/**
 * Explains one KPI's score with core's `explainKpiScore`, on the KPI as held by the cached
 * strategy (same revision check as scores). The score fields come from core's `scoreKpi`, the
 * function the explanation itself is built on, so the two cannot disagree; nothing is computed
 * here. Default period: the scorecard's latest with a value, as for scores.
 */
export async function explainKpi(
  db: Executor,
  workspace: string,
  scorecard: ScorecardId,
  kpi: string,
  period: Period | undefined,
): Promise<KpiExplanation> {
  const cached = await cachedStrategy(db, workspace);
  const ps = preparedFor(cached, scorecard).scorecardById.get(scorecard);
  if (ps === undefined) {
    throw new ApiError('NOT_FOUND', `scorecard "${scorecard}" does not exist`, 'params.id');
  }
  const pk = ps.kpiById.get(kpi);
  if (pk === undefined) {
    throw new ApiError('NOT_FOUND', `KPI "${scorecard}/${kpi}" does not exist`, 'params.kpi');
  }
  const asOf = period ?? latestPeriod(cached, scorecard);
  const thresholds = ps.scorecard.thresholds;
  const { id, ...score } = scoreKpi(pk.kpi, asOf, thresholds);
  return {
    scorecard,
    kpi: id,
    ...score,
    min: pk.min,
    max: pk.max,
    thresholds: pk.thresholds,
    thresholdsFrom: pk.kpi.thresholds === null ? 'scorecard' : 'kpi',
    steps: explainKpiScore(pk.kpi, asOf, thresholds),
  };
}

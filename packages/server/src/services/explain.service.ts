import {
  type ExplanationStep,
  type KpiId,
  type KpiScore,
  type Period,
  type ScorecardId,
  type Thresholds,
  explainCalculatedKpi,
  explainKpiScore,
  type FormulaInput,
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
  /** A calculated KPI's formula, and each input with the value it read; null / [] otherwise. */
  readonly formula: string | null;
  readonly inputs: readonly FormulaInput[];
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
  const prepared = preparedFor(cached, scorecard);
  const ps = prepared.scorecardById.get(scorecard);
  if (ps === undefined) {
    throw new ApiError('NOT_FOUND', `scorecard "${scorecard}" does not exist`, 'params.id');
  }
  const pk = ps.kpiById.get(kpi);
  if (pk === undefined) {
    throw new ApiError('NOT_FOUND', `KPI "${scorecard}/${kpi}" does not exist`, 'params.kpi');
  }
  const asOf = period ?? latestPeriod(cached, scorecard);
  const thresholds = ps.scorecard.thresholds;
  const scope = {
    min: pk.min,
    max: pk.max,
    thresholds: pk.thresholds,
    thresholdsFrom: pk.kpi.thresholds === null ? ('scorecard' as const) : ('kpi' as const),
  };
  if (typeof pk.kpi.formula === 'string') {
    // A calculated KPI's value needs its inputs: explain it within the prepared cascade.
    const parts = explainCalculatedKpi(prepared, pk, asOf);
    const { id, ...score } = parts.score;
    const { steps, formula, inputs } = parts;
    return { scorecard, kpi: id, ...score, ...scope, steps, formula, inputs };
  }
  const { id, ...score } = scoreKpi(pk.kpi, asOf, thresholds);
  return {
    scorecard,
    kpi: id,
    ...score,
    ...scope,
    steps: explainKpiScore(pk.kpi, asOf, thresholds),
    formula: null,
    inputs: [],
  };
}

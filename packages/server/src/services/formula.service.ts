import { type FormulaPreview, type Period, type ScorecardId, previewFormula } from '@bearing/core';
import { type Executor, listKpiIndex } from '@bearing/db';
import { ApiError } from '../errors.ts';
import { latestPeriod } from './scoring.service.ts';
import { cachedStrategy } from './strategy-cache.ts';

/**
 * The formula editor's live check: core's `previewFormula` on the cached strategy (the same
 * revision check as scores); it prepares only the scorecards the formula reads.
 */
export async function checkFormula(
  db: Executor,
  workspace: string,
  scorecard: ScorecardId,
  body: { readonly formula: string; readonly kpi?: string; readonly period?: Period },
): Promise<FormulaPreview> {
  const cached = await cachedStrategy(db, workspace);
  const card = cached.strategy.scorecards.find((s) => s.id === scorecard);
  if (card === undefined) {
    throw new ApiError('NOT_FOUND', `scorecard "${scorecard}" does not exist`, 'params.id');
  }
  const kpi = body.kpi ?? null;
  if (kpi !== null && !card.objectives.some((o) => o.kpis.some((k) => k.id === kpi))) {
    throw new ApiError('NOT_FOUND', `KPI "${scorecard}/${kpi}" does not exist`, 'body.kpi');
  }
  const period = body.period ?? latestPeriod(cached, scorecard, 'body.period');
  return previewFormula(cached.strategy, { scorecard, kpi, formula: body.formula, period });
}

export async function kpiIndexOf(db: Executor, workspace: string) {
  const entries = await listKpiIndex(db, workspace);
  return {
    kpis: entries.map((e) => ({
      scorecard: e.scorecard,
      scorecardName: e.scorecardName,
      id: e.id,
      name: e.name,
      unit: e.unit,
      calculated: e.formula !== null,
    })),
  };
}

export type * from './types.ts';
export { prepareStrategy } from './prepare.ts';
export type {
  PreparedStrategy,
  PreparedScorecard,
  PreparedObjective,
  PreparedPerspective,
} from './prepare.ts';
export type { PreparedKpi, KpiNumbers } from './kpi-score.ts';
export type { ScoringPlan } from './plan.ts';
export { scoreKpi } from './kpi-score.ts';
export { scoreScorecard, scoreAllScorecards } from './scorecard-score.ts';
export { scoreNumbers, ScoreNumbers, type NodeNumbers } from './numbers.ts';
export { kpiHistory, objectiveHistory, scorecardHistory } from './history.ts';
export { latestValuePeriod } from './latest.ts';
export { statusFor } from './status.ts';
export { explainKpiScore } from './explain.ts';
export {
  explainCalculatedKpi,
  type FormulaInput,
  type KpiExplanationParts,
} from './explain-formula.ts';
export { UnknownNodeError } from './lookup.ts';
export {
  previewFormula,
  type FormulaPreview,
  type FormulaPreviewProblem,
  type FormulaPreviewRequest,
} from './formula-preview.ts';

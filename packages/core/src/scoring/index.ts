export type * from './types.ts';
export { prepareStrategy } from './prepare.ts';
export type {
  PreparedStrategy,
  PreparedScorecard,
  PreparedObjective,
  PreparedPerspective,
} from './prepare.ts';
export type { PreparedKpi } from './kpi-score.ts';
export { scoreKpi } from './kpi-score.ts';
export { scoreScorecard, scoreAllScorecards } from './scorecard-score.ts';
export { kpiHistory, objectiveHistory } from './history.ts';
export { latestValuePeriod } from './latest.ts';
export { statusFor } from './status.ts';
export { explainKpiScore } from './explain.ts';
export { UnknownNodeError } from './lookup.ts';

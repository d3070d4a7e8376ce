// Public API of the strategy linter.
export * from './types.ts';
export { lintStrategy, type LintOptions } from './engine.ts';
export { RULES, RULES_BY_ID } from './rules/index.ts';
export { RULE_IDS, isRuleId } from './rule-ids.ts';
export {
  CATEGORY_BUDGETS,
  SEVERITY_FRACTION,
  qualityScore,
  qualityTrend,
  type QualityTrendPoint,
} from './quality-score.ts';
export { analyseWording, type WordingAnalysis } from './wording/index.ts';

/**
 * @bearing/core — the pure domain: model, strategy file, scoring engine.
 * No I/O, no clock: callers pass data and periods in.
 */
export * from './model/index.ts';
export * from './periods/index.ts';
export * from './schema/index.ts';
export * from './scoring/index.ts';
// The linter is `@bearing/core/lint`: it loads an NLP library (~0.4 s), which commands that do
// not lint should not pay for at startup.
export { RULE_IDS, isRuleId, type RuleId } from './lint/rule-ids.ts';
export * from './customer/index.ts';
export * from './wizard/index.ts';
export * from './document/index.ts';
export * from './cycle/index.ts';
export * from './formulas/index.ts';
export * from './evidence/index.ts';
export * from './values-table/index.ts';
export * from './report/index.ts';
export * from './access/index.ts';

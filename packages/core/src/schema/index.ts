// Public API of the strategy-file module. (Implementation in progress: see parse.ts.)
export * from './issues.ts';
export { parseStrategyText, validateStrategyData, type StrategyFormat } from './parse.ts';
export { stringifyStrategy, toStrategyDocument } from './serialize.ts';

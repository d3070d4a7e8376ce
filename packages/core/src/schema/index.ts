// Public API of the strategy-file module.
export * from './issues.ts';
export { parseStrategyText, validateStrategyData, type StrategyFormat } from './parse.ts';
export { entityDocument, stringifyStrategy, toStrategyDocument } from './serialize.ts';
export { strategyFileJsonSchema } from './json-schema.ts';
export { strategyFileSchema, type StrategyFileDocument } from './strategy-file.schema.ts';
export { slugify } from './slug.ts';
export { closest } from './closest.ts';
export * from './inputs/index.ts';

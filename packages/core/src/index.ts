/**
 * @bearing/core — the pure domain: model, strategy file, scoring engine.
 * No I/O, no clock: callers pass data and periods in.
 */
export * from './model/index.ts';
export * from './periods/index.ts';
export * from './schema/index.ts';
export * from './scoring/index.ts';

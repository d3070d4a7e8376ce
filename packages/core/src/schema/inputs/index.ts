// The API input schemas: one zod schema validates and types each input (API, CLI, web forms).
export * from './common.input.ts';
export * from './edits.input.ts';
export * from './formula.input.ts';
export * from './initiative.input.ts';
export * from './kpi.input.ts';
export * from './link.input.ts';
export * from './objective.input.ts';
export * from './period.input.ts';
export * from './perspective.input.ts';
export * from './scorecard.input.ts';
export * from './value.input.ts';
export * from './workspace.input.ts';

export * from './ids.ts';
export * from './strategy.ts';
export * from './initiative.ts';

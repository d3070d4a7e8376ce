export * from './ids.ts';
export * from './strategy.ts';
export * from './customer.ts';
export * from './lint-settings.ts';
export * from './kpi-defaults.ts';

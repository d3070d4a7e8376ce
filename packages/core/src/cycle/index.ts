export * from './collection.ts';
export * from './collection.schema.ts';
export * from './cycle-api.schema.ts';
export * from './reminders.ts';
export * from './status-changes.ts';
export * from './digest.ts';
export * from './initiative-alerts.ts';
export * from './hypothesis-changes.ts';

export * from './period.ts';
export * from './frequency.ts';
export * from './containing.ts';
export { formatDay, daysFromCivil, civilFromDays } from './calendar.ts';

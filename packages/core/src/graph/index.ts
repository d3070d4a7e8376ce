export * from './cycles.ts';

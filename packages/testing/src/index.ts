export * from './factories.ts';
export * from './enterprise.ts';

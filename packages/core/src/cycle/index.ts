export * from './collection.ts';
export * from './collection.schema.ts';

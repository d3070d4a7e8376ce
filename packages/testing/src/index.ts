export * from './factories.ts';
export * from './enterprise.ts';
// Test databases live at '@bearing/testing/databases': they load the database drivers.
export * from './big-map.ts';
export * from './hostile-input.ts';

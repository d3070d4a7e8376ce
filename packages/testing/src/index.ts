export * from './factories.ts';
export * from './enterprise.ts';
// Test databases live at '@bearing/testing/databases': they load the database drivers.
// The local OpenID Connect provider lives at '@bearing/testing/oidc-provider': it loads oidc-provider.
export * from './big-map.ts';
export * from './hostile-input.ts';

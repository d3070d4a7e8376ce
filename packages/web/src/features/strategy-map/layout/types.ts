// Moved to the core (one drawing for the web, the CLI and the board report); kept as a thin adapter.
export * from '@bearing/core/map';

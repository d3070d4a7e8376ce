import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'docs/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Process CLI tests spawn node; keep the pool small on a 2-core machine.
    pool: 'forks',
    testTimeout: 30_000,
    // One throwaway PostgreSQL cluster per run (or BEARING_TEST_PG_URL); under CI=true a
    // missing PostgreSQL fails the run instead of skipping the suite.
    globalSetup: ['packages/testing/src/pg-global-setup.ts'],
  },
});

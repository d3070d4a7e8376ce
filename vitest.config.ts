import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        test: {
          name: 'node',
          include: ['packages/*/src/**/*.test.ts', 'docs/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['packages/web/**', '**/node_modules/**', '**/*.fuzz.test.ts'],
          // Process CLI tests spawn node; keep the pool small on a 2-core machine.
          pool: 'forks',
          testTimeout: 30_000,
          // One throwaway PostgreSQL cluster per run (or BEARING_TEST_PG_URL); under CI=true a
          // missing PostgreSQL fails the run instead of skipping the suite.
          globalSetup: ['packages/testing/src/pg-global-setup.ts'],
        },
      },
      {
        test: {
          // The API fuzzed from its OpenAPI document: slow (minutes), so a project of its own.
          name: 'fuzz',
          include: ['packages/*/src/**/*.fuzz.test.ts'],
          pool: 'forks',
          testTimeout: 600_000,
          globalSetup: ['packages/testing/src/pg-global-setup.ts'],
        },
      },
      {
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['packages/web/src/test/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          pool: 'forks',
          // One Chromium and one `bearing serve` per file; files run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

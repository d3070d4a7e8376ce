import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'docs/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Process CLI tests spawn node; keep the pool small on a 2-core machine.
    pool: 'forks',
    testTimeout: 30_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});

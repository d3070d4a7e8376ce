import { describe, expect, it, vi } from 'vitest';
import type * as Core from '@bearing/core';
import { runCli } from './__fixtures__/harness.ts';

// A bug in the engine must not look like the user's fault: exit 1, a plain message, no stack
// unless asked for.
vi.mock('@bearing/core', async (importOriginal) => ({
  ...(await importOriginal<typeof Core>()),
  scoreAllScorecards: () => {
    throw new Error('boom');
  },
}));

describe('an unexpected error', () => {
  const args = ['score', 'two-scorecards.yaml', '--period', '2026-03'];

  it('exits 1 with a one-line message and no stack trace', async () => {
    const result = await runCli(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'error: internal error: boom\n(set BEARING_DEBUG=1 to print the stack trace, and please report it)\n',
    );
  });

  it('prints the stack trace with BEARING_DEBUG=1', async () => {
    const result = await runCli(args, { env: { BEARING_DEBUG: '1' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Error: boom\n\s+at /);
  });
});

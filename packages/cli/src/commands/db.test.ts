import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS } from '@bearing/db';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../__fixtures__/harness.ts';

// Counted from the list, so adding a migration does not mean editing this test.
const MIGRATION_COUNT = Object.keys(MIGRATIONS).length;

describe('bearing db', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = () => (dir = mkdtempSync(join(tmpdir(), 'bearing-db-')));

  it('applies pending migrations once, then says it is up to date', async () => {
    const cwd = tempDir();
    const first = await runCli(['db', 'migrate', '--db', 'sqlite:./data/b.db'], { cwd });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`applied ${String(MIGRATION_COUNT)} migrations:`);
    expect(first.stdout).toContain('2026_11_25_000000_initial');
    expect(first.stdout).toContain('2026_11_25_120000_workspace_revision');
    const again = await runCli(['db', 'migrate', '--db', 'sqlite:./data/b.db'], { cwd });
    expect(again.stdout).toBe('The database is up to date; nothing to apply.\n');
  });

  it('shows pending and applied migrations, as text or JSON', async () => {
    const cwd = tempDir();
    const env = { BEARING_DATABASE_URL: 'sqlite:s.db' };
    const pending = await runCli(['db', 'status'], { cwd, env });
    expect(pending.stdout).toContain('pending  2026_11_25_000000_initial');
    expect(pending.stdout).toContain('pending  2026_11_25_120000_workspace_revision');
    expect(pending.stdout).toContain(
      `${String(MIGRATION_COUNT)} pending: run \`bearing db migrate\`.`,
    );
    await runCli(['db', 'migrate'], { cwd, env });
    const json = await runCli(['db', 'status', '--json'], { cwd, env });
    const states = JSON.parse(json.stdout) as { name: string; executedAt: string | null }[];
    expect(states).toHaveLength(MIGRATION_COUNT);
    for (const state of states) expect(state.executedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('exits 2 with the accepted forms for a malformed database URL', async () => {
    const result = await runCli(['db', 'status', '--db', 'mysql://x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Expected sqlite:PATH');
  });
});

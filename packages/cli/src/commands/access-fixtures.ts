import { join } from 'node:path';
import { type Database, createDatabase } from '@bearing/db';
import { onTestFinished } from 'vitest';
import { type CliRun, runCli, tempDir } from '../__fixtures__/harness.ts';

/**
 * Test helpers for the access commands: a fresh SQLite file per test, the CLI run against it,
 * and the database opened afterwards to check what the command stored.
 */
export interface AccessFixture {
  readonly cli: (argv: readonly string[], stdin?: string) => Promise<CliRun>;
  readonly open: () => Promise<Database>;
}

export function accessFixture(env: Record<string, string> = {}): AccessFixture {
  const dir = tempDir();
  const url = `sqlite:${join(dir, 'bearing.db')}`;
  return {
    cli: (argv, stdin) =>
      runCli([...argv, '--db', url], { cwd: dir, env, ...(stdin === undefined ? {} : { stdin }) }),
    open: async () => {
      const database = await createDatabase(url);
      onTestFinished(() => database.close());
      return database;
    },
  };
}

/** A password that passes the minimum length. */
export const GOOD_PASSWORD = 'correct horse battery';

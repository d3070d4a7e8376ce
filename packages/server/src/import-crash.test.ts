import { type Database, createDatabase } from '@bearing/db';
import { enterpriseToYaml, generateEnterprise } from '@bearing/testing';
import { forEachDialect } from '@bearing/testing/databases';
import { sql } from 'kysely';
import { snapshot, writerActive } from './crash.test-support.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from './server-process.test-support.ts';
import { EXAMPLE_YAML } from './test-helpers.ts';

/** Big enough that saving it takes well over a second (about 10,000 KPIs, 300,000 values). */
const SCORECARDS = 150;

describe('killing the server in the middle of an import', () => {
  let yaml = '';
  beforeAll(() => {
    yaml = enterpriseToYaml(generateEnterprise({ seed: 7, scorecards: SCORECARDS }));
  });

  forEachDialect(({ db }) => {
    let server: ServerProcess | undefined;
    let probe: Database | undefined;
    afterAll(async () => {
      await server?.kill();
      await probe?.close();
    });

    it('leaves the database exactly as it was before the import', async () => {
      server = await startServerProcess(db().url, { BEARING_IMPORT_LIMIT: String(200 * 2 ** 20) });
      // Something to keep: the example strategy, imported and committed.
      const first = await fetch(`${server.url}/api/workspaces/default/import?replace=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/yaml' },
        body: EXAMPLE_YAML,
      });
      expect(first.status).toBe(200);
      const before = await snapshot(db());
      expect(before['scorecards']).toBeGreaterThan(0);

      probe = await createDatabase(db().url);
      if (probe.dialect === 'sqlite') await sql`pragma busy_timeout = 0`.execute(probe.db);
      expect(await writerActive(probe)).toBe(false);

      // The big import replaces the workspace (deletes first, then writes 150 scorecards).
      const request = fetch(`${server.url}/api/workspaces/default/import?replace=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/yaml' },
        body: yaml,
      }).then(
        (res) => `answered ${res.status}`,
        () => 'connection lost',
      );
      // Wait until the import's transaction is writing, then a little more, then kill -9.
      const deadline = Date.now() + 60_000;
      while (!(await writerActive(probe))) {
        if (Date.now() > deadline) throw new Error('the import never started writing');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      await server.kill('SIGKILL');
      expect(await request).toBe('connection lost');
      await probe.close();
      probe = undefined;

      // A fresh connection, as after a restart: recovery (SQLite WAL) or rollback (PostgreSQL).
      const reopened = await createDatabase(db().url);
      try {
        const after = await snapshot(reopened);
        expect(after).toEqual(before);
      } finally {
        await reopened.close();
      }
    }, 120_000);
  });
});

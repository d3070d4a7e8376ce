import { type Database, createDatabase } from '@bearing/db';
import { forEachDialect } from '@bearing/testing/databases';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, writerActive } from './crash.test-support.ts';
import { type ServerProcess, startServerProcess } from './server-process.test-support.ts';
import { EXAMPLE_YAML } from './test-helpers.ts';

/** Daily values of three KPIs over 70,000 days: 210,000 rows, some seconds of writing. */
function largeValuesCsv(): string {
  const kpis = ['repeat-revenue', 'cost-of-returns', 'qa-hours'];
  const lines = ['kpi,period,value'];
  const start = Date.UTC(1900, 0, 1);
  for (let d = 0; d < 70_000; d++) {
    const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (const kpi of kpis) lines.push(`${kpi},${day},${(d % 500) + 1}`);
  }
  return lines.join('\n');
}

describe('killing the server in the middle of a values file import', () => {
  let csv = '';
  beforeAll(() => {
    csv = largeValuesCsv();
  });

  forEachDialect(({ db }) => {
    let server: ServerProcess | undefined;
    let probe: Database | undefined;
    afterAll(async () => {
      await server?.kill();
      await probe?.close();
    });

    it('leaves the database exactly as it was before the import', async () => {
      server = await startServerProcess(db().url);
      const first = await fetch(`${server.url}/api/workspaces/default/import?replace=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/yaml' },
        body: EXAMPLE_YAML,
      });
      expect(first.status).toBe(200);
      const before = await snapshot(db());
      expect(before['kpi_values']).toBeGreaterThan(0);

      probe = await createDatabase(db().url);
      if (probe.dialect === 'sqlite') await sql`pragma busy_timeout = 0`.execute(probe.db);
      expect(await writerActive(probe)).toBe(false);

      // A 4 MB file: past the inline limit, so the import worker reads and writes it.
      const request = fetch(`${server.url}/api/workspaces/default/values/import`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: csv,
      }).then(
        (res) => `answered ${res.status}`,
        () => 'connection lost',
      );
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
        expect(await snapshot(reopened)).toEqual(before);
      } finally {
        await reopened.close();
      }
    }, 120_000);
  });
});

import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from './server-process.test-support.ts';
import { EXAMPLE_YAML } from './test-helpers.ts';

const SC = '/api/workspaces/default/scorecards/acme';
const VALUE = `${SC}/kpis/return-rate/values/2026-07`;

/** The value of the KPI under test in a score tree. */
function kpiValue(tree: unknown): unknown {
  const text = JSON.stringify(tree);
  const found: unknown[] = [];
  JSON.parse(text, (key, value: unknown) => {
    if (
      value !== null &&
      typeof value === 'object' &&
      (value as Record<string, unknown>)['id'] === 'return-rate' &&
      'value' in value
    ) {
      found.push((value as Record<string, unknown>)['value']);
    }
    return value;
  });
  return found[0];
}

/**
 * Two real server processes on one database, as behind a load balancer: nothing that one
 * process needs may live only in the other's memory.
 */
describe('several server processes on one database', () => {
  forEachDialect(({ db }) => {
    let one: ServerProcess | undefined;
    let two: ServerProcess | undefined;
    beforeAll(async () => {
      [one, two] = await Promise.all([startServerProcess(db().url), startServerProcess(db().url)]);
    }, 60_000);
    afterAll(async () => {
      await Promise.all([one?.kill(), two?.kill()]);
    });

    const call = async (
      server: ServerProcess | undefined,
      path: string,
      init: RequestInit = {},
    ) => {
      const res = await fetch(`${server!.url}${path}`, init);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const put = (server: ServerProcess | undefined, body: object) =>
      call(server, VALUE, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    it('a write through one is read through the other, scores included', async () => {
      const imported = await call(one, '/api/workspaces/default/import?replace=true', {
        method: 'POST',
        headers: { 'content-type': 'application/yaml' },
        body: EXAMPLE_YAML,
      });
      expect(imported.status).toBe(200);
      // The second process scores (and caches) the imported strategy…
      const before = await call(two, `${SC}/scores?period=2026-07`);
      expect(before.status).toBe(200);

      // …then a write through the first must show in the second's next answer.
      const written = await put(one, { value: 0.5, comment: 'from process one' });
      expect(written.status).toBeLessThan(300);
      const after = await call(two, `${SC}/scores?period=2026-07`);
      expect(after.status).toBe(200);
      expect(after.body).not.toEqual(before.body);
      expect(kpiValue(after.body)).toBe(0.5);
      const fromOne = await call(one, `${SC}/scores?period=2026-07`);
      expect(fromOne.body).toEqual(after.body);
    });

    it('a stale version written through the second process gets 409', async () => {
      const current = await put(one, { value: 0.6 });
      const version = current.body['version'] as number;
      const updated = await put(one, { value: 0.75, version });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ value: 0.75, version: version + 1 });
      const stale = await put(two, { value: 0.9, version });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ error: { code: 'CONFLICT' } });
      expect(kpiValue((await call(two, `${SC}/scores?period=2026-07`)).body)).toBe(0.75);
    });
  });
});

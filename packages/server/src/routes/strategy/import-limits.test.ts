import { type ScorecardId, parseStrategyText, stringifyStrategy } from '@bearing/core';
import { aliasBomb } from '@bearing/testing';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_YAML, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const example = (() => {
  const parsed = parseStrategyText(EXAMPLE_YAML, 'yaml');
  if (!parsed.ok) throw new Error('the example strategy is invalid');
  return parsed.value;
})();
const exampleValues = example.scorecards
  .flatMap((s) => s.objectives)
  .reduce((n, o) => n + o.kpis.reduce((m, k) => m + k.values.length, 0), 0);

/** The example strategy plus `copies` renamed copies of its top scorecard (it cascades nowhere). */
function biggerExample(copies: number): string {
  const top = example.scorecards.find((s) => s.objectives.every((o) => o.contributesTo === null))!;
  const more = Array.from({ length: copies }, (_, i) => ({
    ...top,
    id: `copy-${i}` as ScorecardId,
  }));
  return stringifyStrategy({ ...example, scorecards: [...example.scorecards, ...more] }, 'yaml');
}

describe('bounded work per import', () => {
  forEachDialect(({ db }) => {
    let app: App;
    let worker: App;
    beforeAll(async () => {
      app = await buildTestApp(db(), {
        BEARING_IMPORT_MAX_SCORECARDS: String(example.scorecards.length + 1),
        BEARING_IMPORT_MAX_VALUES: String(exampleValues),
      });
      // Every import of this one goes through the worker thread.
      worker = await buildTestApp(db(), { BEARING_IMPORT_INLINE_LIMIT: '0' });
    });
    afterAll(async () => {
      await app.close();
      await worker.close();
    });

    const post = (on: App, payload: string, query = '?replace=true') =>
      on.inject({
        method: 'POST',
        url: `/api/workspaces/default/import${query}`,
        headers: { 'content-type': 'application/yaml' },
        payload,
      });
    const exported = async () =>
      (await app.inject('/api/workspaces/default/export?format=json')).body;

    it('refuses a YAML alias bomb with 413 naming the limit, and the server lives on', async () => {
      await importExample(app);
      const before = await exported();
      const res = await post(app, aliasBomb(99, 3));
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({
        error: {
          code: 'PAYLOAD_TOO_LARGE',
          path: 'body',
          limit: 'expansion',
          message: expect.stringContaining('YAML aliases') as string,
        },
      });
      expect(res.body.length).toBeLessThan(2_000);
      expect((await app.inject('/api/health')).statusCode).toBe(200);
      expect(await exported()).toBe(before);
    });

    it('refuses more scorecards than one import may hold, naming the setting', async () => {
      const before = await exported();
      const res = await post(app, biggerExample(2));
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({
        error: {
          code: 'PAYLOAD_TOO_LARGE',
          limit: 'maxScorecards',
          max: example.scorecards.length + 1,
          message: expect.stringContaining('BEARING_IMPORT_MAX_SCORECARDS') as string,
        },
      });
      expect(await exported()).toBe(before);
    });

    it('refuses more values than one import may hold, naming the setting', async () => {
      const res = await post(app, biggerExample(1));
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({
        error: { code: 'PAYLOAD_TOO_LARGE', limit: 'maxValues', max: exampleValues },
      });
    });

    it('imports a large file on a worker thread, answering other requests meanwhile', async () => {
      let importDone = false;
      const running = post(worker, EXAMPLE_YAML).then((res) => {
        importDone = true;
        return res;
      });
      const health = await worker.inject('/api/health');
      expect(health.statusCode).toBe(200);
      // The worker has still to start, parse and save: the health check did not wait for it.
      expect(importDone).toBe(false);
      const res = await running;
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        scorecards: example.scorecards.map((s) => s.id),
        replaced: example.scorecards.length,
      });
      const changes = (await worker.inject('/api/workspaces/default/changes?limit=1')).json<{
        changes: { actor: string }[];
      }>();
      expect(changes.changes[0]?.actor).toBe('local');
    });

    it('reports a file the worker refuses as the event loop would, writing nothing', async () => {
      const before = await exported();
      const res = await post(worker, 'bearing: 1\nscorecards:\n  - id: broken\n    nam: Typo\n');
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({
        error: {
          code: 'INVALID_STRATEGY',
          issues: expect.arrayContaining([
            expect.objectContaining({ code: 'UNKNOWN_KEY', line: 4 }),
          ]) as unknown,
        },
      });
      expect(await exported()).toBe(before);
    });
  });
});

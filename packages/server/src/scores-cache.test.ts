import { type Database, createDatabase, workspaceRevision } from '@bearing/db';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedStrategy, clearStrategyCache } from './services/strategy-cache.ts';
import { buildTestApp, importExample } from './test-helpers.ts';
import type { App } from './types.ts';

const SC = '/api/workspaces/default/scorecards/acme';
const SCORES = `${SC}/scores?period=2026-07`;
const VALUE = `${SC}/kpis/return-rate/values/2026-07`;

/** The KPI node of a score tree, wherever it sits. */
function findKpi(tree: unknown, id: string): Record<string, unknown> | undefined {
  if (Array.isArray(tree)) {
    for (const item of tree) {
      const found = findKpi(item, id);
      if (found) return found;
    }
  } else if (tree !== null && typeof tree === 'object') {
    const node = tree as Record<string, unknown>;
    if (node['id'] === id && 'value' in node) return node;
    for (const child of Object.values(node)) {
      const found = findKpi(child, id);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Two apps, each with its OWN connection (pool) to one database, stand for two `bearing serve`
 * processes: each has its own strategy cache, and only the database connects them.
 */
describe('the scores cache across processes', () => {
  forEachDialect(({ db }) => {
    let second: Database;
    let a: App;
    let b: App;
    beforeAll(async () => {
      second = await createDatabase(db().url);
      a = await buildTestApp(db());
      b = await buildTestApp(second);
      await importExample(a);
    });
    afterAll(async () => {
      await a.close();
      await b.close();
      await second.close();
    });

    it("A reads scores, B writes a value, A's next read reflects it", async () => {
      const before = await a.inject(SCORES);
      expect(before.statusCode).toBe(200);
      const old = findKpi(before.json(), 'return-rate');
      expect(old).toBeDefined();

      const written = await b.inject({ method: 'PUT', url: VALUE, payload: { value: 1.25 } });
      expect(written.statusCode).toBeLessThan(300);

      const after = await a.inject(SCORES);
      expect(findKpi(after.json(), 'return-rate')?.['value']).toBe(1.25);
      // …and B agrees with A.
      expect((await b.inject(SCORES)).json()).toEqual(after.json());

      await b.inject({ method: 'PUT', url: VALUE, payload: { value: 7.5 } });
      const history = await a.inject(`${SC}/kpis/return-rate/history?from=2026-07&to=2026-07`);
      expect(history.statusCode).toBe(200);
      expect(JSON.stringify(history.json())).toContain('7.5');
    });

    it('serves repeated reads from the cache and reloads only after a write', async () => {
      const first = await cachedStrategy(db().db, 'default');
      expect(await cachedStrategy(db().db, 'default')).toBe(first);
      const revision = await workspaceRevision(db().db, 'default');
      expect(revision?.revision).toBe(first.revision);

      // An idempotent write (same value) logs nothing, so it keeps the revision and the cache.
      const current = findKpi((await a.inject(SCORES)).json(), 'return-rate')?.['value'];
      await b.inject({ method: 'PUT', url: VALUE, payload: { value: current } });
      expect(await cachedStrategy(db().db, 'default')).toBe(first);

      await b.inject({ method: 'PUT', url: VALUE, payload: { value: 42 } });
      const next = await cachedStrategy(db().db, 'default');
      expect(next).not.toBe(first);
      expect(BigInt(next.revision)).toBeGreaterThan(BigInt(first.revision));
      // Only the scorecard that changed was read again…
      expect(next.reloaded).toEqual(['acme']);
      // …and the result is what a full load gives.
      clearStrategyCache(db().db);
      const full = await cachedStrategy(db().db, 'default');
      expect(full.reloaded).toBe('all');
      expect(next.strategy).toEqual(full.strategy);
    });

    it('reloads everything after an import (the set of scorecards changed)', async () => {
      await cachedStrategy(db().db, 'default');
      await importExample(b);
      expect((await cachedStrategy(db().db, 'default')).reloaded).toBe('all');
    });

    it('answers 404 for an unknown workspace and an unknown scorecard', async () => {
      expect((await a.inject('/api/workspaces/nope/scorecards/acme/scores')).statusCode).toBe(404);
      expect(
        (await a.inject('/api/workspaces/default/scorecards/nope/scores?period=2026-07'))
          .statusCode,
      ).toBe(404);
    });
  });
});

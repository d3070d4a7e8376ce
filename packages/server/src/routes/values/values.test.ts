import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const SC = '/api/workspaces/default/scorecards/acme';
const ONE = `${SC}/kpis/return-rate/values/2027-01`;

describe('KPI values', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());
    beforeEach(() => importExample(app));

    const put = (url: string, payload: object) => app.inject({ method: 'PUT', url, payload });

    it('creates a value with 201, updates it with 200, and scores move with it', async () => {
      const created = await put(ONE, { value: 3.1, version: 0 });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ period: '2027-01', value: 3.1, version: 1 });
      const updated = await put(ONE, { value: 2.9, comment: 'after the fix', version: 1 });
      expect(updated.statusCode).toBe(200);
      expect(updated.json()).toMatchObject({ value: 2.9, comment: 'after the fix', version: 2 });
      const scores = await app.inject(`${SC}/scores`);
      expect(scores.json()).toMatchObject({ period: '2027-01' });
    });

    it('names the batch and the change it logged in the response headers', async () => {
      const created = await put(ONE, { value: 3.1, version: 0 });
      const batch = String(created.headers['bearing-batch']);
      const log = await app.inject(`/api/workspaces/default/changes?batch=${batch}`);
      const ids = log.json<{ changes: { id: string; batch: string }[] }>().changes;
      expect(ids).toHaveLength(1);
      expect(created.headers['bearing-changes']).toBe(ids[0]?.id);
      expect(created.headers['bearing-change-count']).toBe('1');
      expect(ids[0]?.batch).toBe(batch);
    });

    it('answers a stale version with 409 CONFLICT', async () => {
      await put(ONE, { value: 3.1, version: 0 });
      const stale = await put(ONE, { value: 9, version: 0 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ error: { code: 'CONFLICT' } });
    });

    it('answers 400 for a malformed period and 404 for an unknown KPI', async () => {
      const bad = await put(`${SC}/kpis/return-rate/values/2026-13`, { value: 1 });
      expect(bad.json()).toMatchObject({
        error: { code: 'INVALID_PERIOD', path: 'params.period' },
      });
      const missing = await put(`${SC}/kpis/nope/values/2027-01`, { value: 1 });
      expect(missing.statusCode).toBe(404);
    });

    it('refuses a negative value for a % KPI, as bearing validate does, one at a time or in bulk', async () => {
      const one = await put(ONE, { value: -1 });
      expect(one.statusCode).toBe(422);
      expect(one.json()).toMatchObject({ error: { code: 'INVALID_SCALE', path: 'body.value' } });
      const bulk = await put(`${SC}/values`, {
        values: [
          { kpi: 'nps', period: '2027-Q1', value: -5 },
          { kpi: 'return-rate', period: '2027-02', value: -0.5 },
        ],
      });
      expect(bulk.statusCode).toBe(422);
      expect(bulk.json()).toMatchObject({
        error: { code: 'INVALID_SCALE', path: 'body.values.1.value' },
      });
      const stored = await app.inject(`${SC}/kpis/nps/values?from=2027-01`);
      expect(stored.json()).toEqual({ values: [] });
    });

    it('upserts in bulk, idempotently, and all or nothing', async () => {
      const values = [
        { kpi: 'return-rate', period: '2027-01', value: 3 },
        { kpi: 'nps', period: '2027-Q1', value: 41, comment: 'survey' },
      ];
      const first = await put(`${SC}/values`, { values });
      expect(first.json()).toEqual({ created: 2, updated: 0, unchanged: 0 });
      const again = await put(`${SC}/values`, { values });
      expect(again.json()).toEqual({ created: 0, updated: 0, unchanged: 2 });
      const broken = await put(`${SC}/values`, {
        values: [
          { kpi: 'return-rate', period: '2027-02', value: 1 },
          { kpi: 'nope', period: '2027-02', value: 1 },
        ],
      });
      expect(broken.statusCode).toBe(404);
      const history = await app.inject(`${SC}/kpis/return-rate/history?from=2027-02&to=2027-02`);
      expect(history.json()).toMatchObject({ points: [{ period: '2027-02', value: null }] });
    });
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const NO_VALUES = readFileSync(
  fileURLToPath(new URL('../../../../cli/src/__fixtures__/no-values.yaml', import.meta.url)),
  'utf8',
);
const BASE = '/api/workspaces/default/scorecards';

describe('scorecards, scores and history', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
      await importExample(app);
    });
    afterAll(() => app.close());

    it('lists scorecards with their versions', async () => {
      const res = await app.inject(BASE);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        scorecards: [
          { id: 'acme', version: 1 },
          { id: 'operations', version: 1 },
          { id: 'service', version: 1 },
        ],
      });
    });

    it('returns one scorecard with everything under it', async () => {
      const res = await app.inject(`${BASE}/acme`);
      expect(res.statusCode).toBe(200);
      const body = res.json<{ id: string; version: number; objectives: { id: string }[] }>();
      expect(body.id).toBe('acme');
      expect(body.version).toBe(1);
      expect(body.objectives.map((o) => o.id)).toContain('quality');
      expect((await app.inject(`${BASE}/nope`)).statusCode).toBe(404);
    });

    it('scores as of the latest period by default, or the one asked for', async () => {
      const latest = await app.inject(`${BASE}/acme/scores`);
      expect(latest.statusCode).toBe(200);
      expect(latest.json()).toMatchObject({ id: 'acme', period: '2026-11' });
      const q1 = await app.inject(`${BASE}/acme/scores?period=2026-Q1`);
      expect(q1.json()).toMatchObject({ id: 'acme', period: '2026-Q1' });
    });

    it('answers 400 with the path for a malformed period', async () => {
      const res = await app.inject(`${BASE}/acme/scores?period=2026-13`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'INVALID_PERIOD', path: 'query.period' } });
    });

    it('answers 404 for a scorecard that does not exist', async () => {
      const res = await app.inject(`${BASE}/nope/scores`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND', path: 'params.id' } });
    });

    it('gives a KPI history period by period', async () => {
      const res = await app.inject(`${BASE}/acme/kpis/return-rate/history?from=2026-01&to=2026-03`);
      expect(res.statusCode).toBe(200);
      const body = res.json<{ kpi: string; points: { period: string }[] }>();
      expect(body.kpi).toBe('return-rate');
      expect(body.points.map((p) => p.period)).toEqual(['2026-01', '2026-02', '2026-03']);
    });

    it('gives an objective history, and 404 for an unknown objective', async () => {
      const res = await app.inject(
        `${BASE}/acme/objectives/quality/history?from=2026-Q1&to=2026-Q2`,
      );
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ objective: 'quality', from: '2026-Q1', to: '2026-Q2' });
      const missing = await app.inject(`${BASE}/acme/objectives/nope/history?from=2026&to=2026`);
      expect(missing.statusCode).toBe(404);
    });

    it('answers 400 when from and to are of different kinds or out of order', async () => {
      const kinds = await app.inject(`${BASE}/acme/kpis/nps/history?from=2026-01&to=2026-Q2`);
      expect(kinds.statusCode).toBe(400);
      expect(kinds.json()).toMatchObject({ error: { code: 'VALIDATION', path: 'query.to' } });
      const order = await app.inject(`${BASE}/acme/kpis/nps/history?from=2026-05&to=2026-02`);
      expect(order.json()).toMatchObject({ error: { code: 'VALIDATION', path: 'query.from' } });
    });

    it('answers 422 NO_DATA for the latest period of a scorecard without values', async () => {
      await app.inject({
        method: 'POST',
        url: '/api/workspaces/default/import?replace=true',
        headers: { 'content-type': 'application/yaml' },
        payload: NO_VALUES,
      });
      const res = await app.inject(`${BASE}/corp/scores`);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ error: { code: 'NO_DATA', path: 'query.period' } });
      await importExample(app);
    });
  });
});

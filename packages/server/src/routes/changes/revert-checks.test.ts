import { parseStrategyText } from '@bearing/core';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const BASE = '/api/workspaces/default';
const objective = (id: string) => `${BASE}/scorecards/acme/objectives/${id}`;

describe('revert goes through the strategy checks', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());
    beforeEach(() => importExample(app));

    const patch = (id: string, version: number, fields: object) =>
      app.inject({ method: 'PATCH', url: objective(id), payload: { version, ...fields } });

    it('refuses to revert a change when the edit it makes would close a cycle (422 CYCLE)', async () => {
      expect((await patch('loyalty', 1, { parent: 'quality' })).statusCode).toBe(200);
      const cleared = await patch('loyalty', 2, { parent: null });
      expect(cleared.statusCode).toBe(200);
      const clearId = String(cleared.headers['bearing-changes']);
      expect((await patch('quality', 1, { parent: 'loyalty' })).statusCode).toBe(200);

      const direct = await patch('loyalty', 3, { parent: 'quality' });
      expect(direct.statusCode).toBe(422);
      expect(direct.json()).toMatchObject({ error: { code: 'CYCLE' } });

      const revert = await app.inject({
        method: 'POST',
        url: `${BASE}/changes/${clearId}/revert`,
        headers: CLIENT_HEADERS,
      });
      expect(revert.statusCode).toBe(422);
      expect(revert.json()).toMatchObject({ error: { code: 'CYCLE' } });
      // Nothing was written: the workspace still exports as a valid strategy file.
      expect((await app.inject(objective('loyalty'))).json()).toMatchObject({
        parent: null,
        version: 3,
      });
      const exported = await app.inject(`${BASE}/export`);
      expect(exported.statusCode).toBe(200);
      expect(parseStrategyText(exported.body).ok).toBe(true);
    });

    it('reverts a change that passes the checks and answers with the undo batch', async () => {
      const set = await patch('loyalty', 1, { parent: 'quality' });
      const changeId = String(set.headers['bearing-changes']);
      const revert = await app.inject({
        method: 'POST',
        url: `${BASE}/changes/${changeId}/revert`,
        headers: CLIENT_HEADERS,
      });
      expect(revert.statusCode).toBe(200);
      const body = revert.json<{ reverted: string; batch: string; changes: string[] }>();
      expect(body).toMatchObject({ reverted: changeId });
      expect(body.changes).toHaveLength(1);
      expect(revert.headers['bearing-batch']).toBe(body.batch);
      expect((await app.inject(objective('loyalty'))).json()).toMatchObject({
        parent: null,
        version: 3,
      });
    });

    it('restores a deleted objective with its KPIs through the checks', async () => {
      const del = await app.inject({
        method: 'DELETE',
        url: `${objective('loyalty')}?version=1`,
        headers: CLIENT_HEADERS,
      });
      expect(del.statusCode).toBe(204);
      const batch = String(del.headers['bearing-batch']);
      const revert = await app.inject({
        method: 'POST',
        url: `${BASE}/batches/${batch}/revert`,
        headers: CLIENT_HEADERS,
      });
      expect(revert.statusCode).toBe(200);
      const restored = await app.inject(objective('loyalty'));
      expect(restored.statusCode).toBe(200);
      const kpis = await app.inject(`${BASE}/scorecards/acme/kpis?objective=loyalty`);
      expect(kpis.json<{ kpis: unknown[] }>().kpis.length).toBeGreaterThan(0);
    });
  });
});

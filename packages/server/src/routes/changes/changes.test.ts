import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

interface ChangeBody {
  id: string;
  entityType: string;
  operation: string;
  entityKey: string;
  actor: string;
}
const BASE = '/api/workspaces/default';

describe('the change log', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());
    beforeEach(() => importExample(app));

    const changes = async (query = '') =>
      (await app.inject(`${BASE}/changes${query}`)).json<{ changes: ChangeBody[] }>().changes;

    it('lists changes filtered by entity, with the principal as actor', async () => {
      const scorecards = await changes('?entity=scorecard');
      expect(scorecards.length).toBeGreaterThan(0);
      expect(scorecards.every((c) => c.entityType === 'scorecard')).toBe(true);
      // The import created the demo's three scorecards, in file order.
      expect(scorecards.slice(-3).map((c) => [c.operation, c.entityKey, c.actor])).toEqual([
        ['create', 'acme', 'local'],
        ['create', 'operations', 'local'],
        ['create', 'service', 'local'],
      ]);
    });

    it('filters by time and rejects a malformed time with 400', async () => {
      expect(await changes('?since=2100-01-01T00:00:00Z')).toEqual([]);
      const res = await app.inject(`${BASE}/changes?since=yesterday`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'VALIDATION', path: 'query.since' } });
    });

    it('reverts an objective update, logging the undo', async () => {
      const url = `${BASE}/scorecards/acme/objectives/quality`;
      await app.inject({ method: 'PATCH', url, payload: { version: 1, name: 'Renamed' } });
      const update = (await changes('?entity=objective')).at(-1);
      expect(update).toMatchObject({ operation: 'update', entityKey: 'quality' });
      const res = await app.inject({
        method: 'POST',
        url: `${BASE}/changes/${update?.id ?? ''}/revert`,
        headers: CLIENT_HEADERS,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ reverted: update?.id });
      expect((await app.inject(url)).json()).toMatchObject({
        name: 'Provide high product quality',
        version: 3,
      });
      expect((await changes('?entity=objective')).length).toBe(2);
    });

    it('answers 404 for a change that does not exist', async () => {
      const res = await app.inject({
        method: 'POST',
        url: `${BASE}/changes/nope/revert`,
        headers: CLIENT_HEADERS,
      });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND', path: 'params.changeId' } });
    });
  });
});

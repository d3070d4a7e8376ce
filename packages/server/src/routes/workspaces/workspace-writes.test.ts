import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

describe('POST and PATCH workspaces', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());

    it('creates a workspace, renames it, refuses a stale rename and a duplicate key', async () => {
      const payload = { key: 'lab', name: 'Lab' };
      const created = await app.inject({ method: 'POST', url: '/api/workspaces', payload });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toEqual({
        key: 'lab',
        name: 'Lab',
        organization: null,
        version: 1,
        lint: null,
      });
      const again = await app.inject({ method: 'POST', url: '/api/workspaces', payload });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ error: { code: 'DUPLICATE_KEY' } });
      const renamed = await app.inject({
        method: 'PATCH',
        url: '/api/workspaces/lab',
        headers: { 'if-match': '"1"' },
        payload: { organization: 'Acme Labs' },
      });
      expect(renamed.json()).toMatchObject({ organization: 'Acme Labs', version: 2 });
      const stale = await app.inject({
        method: 'PATCH',
        url: '/api/workspaces/lab',
        payload: { version: 1, name: 'Lost' },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ error: { code: 'CONFLICT', current: { version: 2 } } });
      const empty = await app.inject('/api/workspaces/lab/scorecards');
      expect(empty.json()).toEqual({ scorecards: [] });
    });

    it('refuses a malformed key with 400 and the path', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/workspaces',
        payload: { key: 'no spaces', name: 'X' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'VALIDATION', path: 'body.key' } });
    });
  });
});

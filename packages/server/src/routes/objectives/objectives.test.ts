import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const URL = '/api/workspaces/default/scorecards/acme/objectives/quality';

describe('PATCH an objective with optimistic concurrency', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());
    beforeEach(() => importExample(app));

    const patch = (payload: object, headers: Record<string, string> = {}) =>
      app.inject({ method: 'PATCH', url: URL, payload, headers });

    it('returns the objective with its version as ETag', async () => {
      const res = await app.inject(URL);
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe('"1"');
      expect(res.json()).toMatchObject({ id: 'quality', version: 1 });
    });

    it('updates with If-Match and bumps the version', async () => {
      const res = await patch({ name: 'Make products people keep' }, { 'if-match': '"1"' });
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.json()).toMatchObject({ name: 'Make products people keep', version: 2 });
    });

    it('answers a stale update with 409 CONFLICT and the current state', async () => {
      expect((await patch({ version: 1, weight: 2 })).statusCode).toBe(200);
      const stale = await patch({ version: 1, name: 'Lost update' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({
        error: { code: 'CONFLICT', current: { id: 'quality', weight: 2, version: 2 } },
      });
      expect((await app.inject(URL)).json()).toMatchObject({ version: 2, weight: 2 });
    });

    it('refuses a patch without a version, and unknown or invalid fields, with 400', async () => {
      const blind = await patch({ name: 'x' });
      expect(blind.statusCode).toBe(400);
      expect(blind.json()).toMatchObject({ error: { path: 'headers.if-match' } });
      const unknown = await patch({ version: 1, colour: 'red' });
      expect(unknown.statusCode).toBe(400);
      const negative = await patch({ version: 1, weight: -1 });
      expect(negative.json()).toMatchObject({ error: { code: 'VALIDATION', path: 'body.weight' } });
    });

    it('answers 404 for an objective that does not exist', async () => {
      const res = await app.inject({
        method: 'PATCH',
        url: `${URL}-nope`,
        payload: { version: 1, name: 'x' },
      });
      expect(res.statusCode).toBe(404);
    });
  });
});

import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const LIST = '/api/workspaces/default/scorecards/acme/perspectives';

describe('perspectives', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());
    beforeEach(() => importExample(app));

    const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
      app.inject({
        method,
        url,
        headers: CLIENT_HEADERS,
        ...(payload === undefined ? {} : { payload }),
      });

    it('creates, lists, updates, refuses a stale update, deletes, then answers 404', async () => {
      const created = await send('POST', LIST, { id: 'society', name: 'Society', weight: 0.5 });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toEqual({ id: 'society', name: 'Society', weight: 0.5, version: 1 });
      const list = await app.inject(LIST);
      expect(list.json<{ perspectives: { id: string }[] }>().perspectives).toHaveLength(5);
      const updated = await send('PATCH', `${LIST}/society`, { version: 1, name: 'Community' });
      expect(updated.json()).toMatchObject({ name: 'Community', weight: 0.5, version: 2 });
      const stale = await send('PATCH', `${LIST}/society`, { version: 1, weight: 2 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ error: { code: 'CONFLICT', current: { version: 2 } } });
      expect((await send('DELETE', `${LIST}/society?version=2`)).statusCode).toBe(204);
      const gone = await send('PATCH', `${LIST}/society`, { version: 2, weight: 2 });
      expect(gone.statusCode).toBe(404);
    });

    it('refuses a duplicate id (409), a ninth perspective (422) and deleting a used one (409)', async () => {
      const duplicate = await send('POST', LIST, { id: 'customer', name: 'Again' });
      expect(duplicate.json()).toMatchObject({ error: { code: 'DUPLICATE_KEY', path: 'body.id' } });
      for (const n of [5, 6, 7, 8]) {
        expect((await send('POST', LIST, { id: `p${n}`, name: `P${n}` })).statusCode).toBe(201);
      }
      const ninth = await send('POST', LIST, { id: 'p9', name: 'P9' });
      expect(ninth.statusCode).toBe(422);
      expect(ninth.json()).toMatchObject({ error: { code: 'TOO_MANY' } });
      const used = await send('DELETE', `${LIST}/customer?version=1`);
      expect(used.statusCode).toBe(409);
      expect(used.json()).toMatchObject({ error: { code: 'IN_USE' } });
    });
  });
});

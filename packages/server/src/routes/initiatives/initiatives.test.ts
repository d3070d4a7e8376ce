import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const LIST = '/api/workspaces/default/scorecards/acme/initiatives';

describe('initiatives', () => {
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

    it('creates, reads, updates, refuses a stale update, deletes, then answers 404', async () => {
      const body = { objective: 'loyalty', id: 'club', name: 'Loyalty club', due: '2026-12-31' };
      const created = await send('POST', LIST, body);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        id: 'club',
        objective: 'loyalty',
        status: 'not-started',
        version: 1,
      });
      expect((await app.inject(`${LIST}?objective=loyalty`)).json()).toMatchObject({
        // The demo's own initiative on the objective comes first.
        initiatives: [{ id: 'post-purchase-care' }, { id: 'club' }],
      });
      const updated = await send('PATCH', `${LIST}/club`, {
        version: 1,
        status: 'on-track',
        progress: 0.1,
      });
      expect(updated.json()).toMatchObject({ status: 'on-track', progress: 0.1, version: 2 });
      const stale = await send('PATCH', `${LIST}/club`, { version: 1, status: 'late' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({
        error: { code: 'CONFLICT', current: { status: 'on-track' } },
      });
      expect((await send('DELETE', `${LIST}/club?version=2`)).statusCode).toBe(204);
      expect((await app.inject(`${LIST}/club`)).statusCode).toBe(404);
    });

    it('refuses a duplicate id (409), an unknown objective (422) and bad progress (400)', async () => {
      const duplicate = await send('POST', LIST, {
        objective: 'quality',
        id: 'quality-programme',
        name: 'Q',
      });
      expect(duplicate.statusCode).toBe(409);
      const orphan = await send('POST', LIST, { objective: 'nope', name: 'Q' });
      expect(orphan.json()).toMatchObject({
        error: { code: 'BROKEN_REFERENCE', path: 'body.objective' },
      });
      const progress = await send('PATCH', `${LIST}/quality-programme`, {
        version: 1,
        progress: 2,
      });
      expect(progress.json()).toMatchObject({
        error: { code: 'VALIDATION', path: 'body.progress' },
      });
    });
  });
});

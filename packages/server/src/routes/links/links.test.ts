import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const LIST = '/api/workspaces/default/scorecards/acme/links';
const ONE = `${LIST}/deliver-on-time/grow-repeat-revenue`;

describe('cause-effect links', () => {
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
      const link = { from: 'deliver-on-time', to: 'grow-repeat-revenue', lag: '2 months' };
      const created = await send('POST', LIST, link);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        id: 'deliver-on-time->grow-repeat-revenue',
        lag: { count: 2, unit: 'month' },
        version: 1,
      });
      const list = await app.inject(LIST);
      expect(list.json<{ links: { id: string }[] }>().links.at(-1)?.id).toBe(
        'deliver-on-time->grow-repeat-revenue',
      );
      const updated = await send('PATCH', ONE, { version: 1, hypothesis: 'on time → repeat' });
      expect(updated.json()).toMatchObject({ hypothesis: 'on time → repeat', version: 2 });
      const stale = await send('PATCH', ONE, { version: 1, lag: null });
      expect(stale.statusCode).toBe(409);
      expect((await send('DELETE', ONE, undefined)).statusCode).toBe(400);
      expect(
        (await app.inject({ method: 'DELETE', url: ONE, headers: { 'if-match': '"2"' } }))
          .statusCode,
      ).toBe(204);
      expect((await send('PATCH', ONE, { version: 2, lag: null })).statusCode).toBe(404);
    });

    it('sets and clears the KPIs a link is tested on, refusing a KPI of the wrong objective', async () => {
      const url = `${LIST}/quality/loyalty`;
      const version = () =>
        app
          .inject(LIST)
          .then(
            (r) =>
              r
                .json<{ links: { id: string; version: number }[] }>()
                .links.find((l) => l.id === 'quality->loyalty')!.version,
          );
      const v1 = await version();
      const wrong = await send('PATCH', url, {
        version: v1,
        evidence: { cause: 'nps', effect: 'nps' },
      });
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json()).toMatchObject({ error: { code: 'BROKEN_REFERENCE' } });
      const set = await send('PATCH', url, {
        version: v1,
        evidence: { cause: 'return-rate', effect: 'nps' },
      });
      expect(set.statusCode).toBe(200);
      expect(set.json()).toMatchObject({ evidence: { cause: 'return-rate', effect: 'nps' } });
      const renamed = await send('PATCH', url, { version: v1 + 1, hypothesis: 'kept' });
      expect(renamed.json()).toMatchObject({ evidence: { cause: 'return-rate', effect: 'nps' } });
      const cleared = await send('PATCH', url, { version: v1 + 2, evidence: null });
      expect(cleared.statusCode).toBe(200);
      expect(cleared.json<{ evidence?: unknown }>().evidence ?? null).toBeNull();
    });

    it('refuses a duplicate link (409) and a link to an unknown objective (422 with path)', async () => {
      const duplicate = await send('POST', LIST, { from: 'quality', to: 'loyalty' });
      expect(duplicate.statusCode).toBe(409);
      const broken = await send('POST', LIST, { from: 'quality', to: 'nope' });
      expect(broken.statusCode).toBe(422);
      expect(broken.json()).toMatchObject({ error: { code: 'BROKEN_REFERENCE', path: 'body.to' } });
      const malformed = await send('POST', LIST, { from: 'quality', to: 'loyalty', lag: 'soon' });
      expect(malformed.json()).toMatchObject({ error: { code: 'VALIDATION', path: 'body.lag' } });
    });
  });
});

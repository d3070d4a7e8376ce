import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const WS = '/api/workspaces/default';
const LIST = `${WS}/scorecards`;

describe('scorecards: create, update, delete', () => {
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
      const created = await send('POST', LIST, {
        id: 'sales',
        name: 'Sales',
        objectives: [
          { id: 'win', name: 'Win deals', perspective: 'customer', contributesTo: 'acme/loyalty' },
        ],
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ id: 'sales', version: 1 });
      const tree = await app.inject(`${LIST}/sales`);
      expect(tree.json()).toMatchObject({
        perspectives: [{ id: 'financial' }, {}, {}, {}],
        objectives: [{ id: 'win' }],
      });
      const updated = await send('PATCH', `${LIST}/sales`, {
        version: 1,
        thresholds: { green: 0.9, amber: 0.6 },
      });
      expect(updated.json()).toMatchObject({ thresholds: { green: 0.9, amber: 0.6 }, version: 2 });
      const reset = await send('PATCH', `${LIST}/sales`, {
        version: 2,
        thresholds: null,
        owner: 'CSO',
      });
      expect(reset.json()).toMatchObject({
        thresholds: { green: 0.8, amber: 0.5 },
        owner: 'CSO',
        version: 3,
      });
      const stale = await send('PATCH', `${LIST}/sales`, { version: 1, name: 'Lost' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ error: { code: 'CONFLICT', current: { version: 3 } } });
      expect((await send('DELETE', `${LIST}/sales?version=3`)).statusCode).toBe(204);
      expect((await app.inject(`${LIST}/sales`)).statusCode).toBe(404);
    });

    it('refuses a duplicate id (409), a broken cascade (422) and a cascade cycle (422)', async () => {
      const duplicate = await send('POST', LIST, { id: 'acme', name: 'Again' });
      expect(duplicate.json()).toMatchObject({ error: { code: 'DUPLICATE_KEY', path: 'body.id' } });
      const broken = await send('POST', LIST, {
        id: 'sales',
        name: 'Sales',
        objectives: [
          { id: 'win', name: 'Win', perspective: 'customer', contributesTo: 'acme/nope' },
        ],
      });
      expect(broken.statusCode).toBe(422);
      expect(broken.json()).toMatchObject({
        error: { code: 'BROKEN_REFERENCE', path: 'body.objectives[0].contributesTo' },
      });
      await send('POST', LIST, {
        id: 'sales',
        name: 'Sales',
        objectives: [
          { id: 'win', name: 'Win', perspective: 'customer', contributesTo: 'acme/loyalty' },
        ],
      });
      const cycle = await send('PATCH', `${LIST}/acme/objectives/loyalty`, {
        version: 1,
        contributesTo: 'sales/win',
      });
      expect(cycle.statusCode).toBe(422);
      expect(cycle.json()).toMatchObject({ error: { code: 'CYCLE', path: 'body.contributesTo' } });
    });

    it('logs an update in the change log and reverts it', async () => {
      await send('PATCH', `${LIST}/acme`, { version: 1, name: 'Acme 2027' });
      const changes = await app.inject(`${WS}/changes?entity=scorecard`);
      const last = changes.json<{ changes: { id: string; operation: string }[] }>().changes.at(-1);
      expect(last).toMatchObject({ operation: 'update' });
      expect((await send('POST', `${WS}/changes/${last?.id ?? ''}/revert`)).statusCode).toBe(200);
      expect((await app.inject(LIST)).json()).toMatchObject({
        scorecards: [
          { id: 'acme', name: 'Acme Outdoor company scorecard' },
          { id: 'operations' },
          { id: 'service' },
        ],
      });
    });
  });
});

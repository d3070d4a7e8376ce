import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const WS = '/api/workspaces/default';
const LIST = `${WS}/scorecards/acme/objectives`;

describe('objectives: create, move, delete', () => {
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
      const body = { id: 'reuse', name: 'Reuse packaging', perspective: 'internal' };
      const created = await send('POST', LIST, body);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ id: 'reuse', weight: 1, parent: null, version: 1 });
      const list = await app.inject(LIST);
      expect(list.json<{ objectives: { id: string }[] }>().objectives.at(-1)?.id).toBe('reuse');
      const updated = await send('PATCH', `${LIST}/reuse`, {
        version: 1,
        parent: 'quality-assurance',
      });
      expect(updated.statusCode).toBe(200);
      expect(updated.json()).toMatchObject({ parent: 'quality-assurance', version: 2 });
      const stale = await send('PATCH', `${LIST}/reuse`, { version: 1, name: 'Lost' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ error: { code: 'CONFLICT', current: { version: 2 } } });
      expect((await send('DELETE', `${LIST}/reuse`)).statusCode).toBe(400);
      expect((await send('DELETE', `${LIST}/reuse?version=1`)).statusCode).toBe(409);
      expect((await send('DELETE', `${LIST}/reuse?version=2`)).statusCode).toBe(204);
      expect((await app.inject(`${LIST}/reuse`)).statusCode).toBe(404);
    });

    it('refuses a duplicate id with 409 DUPLICATE_KEY', async () => {
      const res = await send('POST', LIST, {
        id: 'quality',
        name: 'Again',
        perspective: 'customer',
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { code: 'DUPLICATE_KEY', path: 'body.id' } });
    });

    it('answers a broken reference with 422 and the path', async () => {
      const create = await send('POST', LIST, { id: 'x', name: 'X', perspective: 'nope' });
      expect(create.statusCode).toBe(422);
      expect(create.json()).toMatchObject({
        error: { code: 'BROKEN_REFERENCE', path: 'body.perspective' },
      });
      const move = await send('PATCH', `${LIST}/quality`, { version: 1, parent: 'nope' });
      expect(move.json()).toMatchObject({
        error: { code: 'BROKEN_REFERENCE', path: 'body.parent' },
      });
      const cascade = await send('PATCH', `${LIST}/quality`, {
        version: 1,
        contributesTo: 'nope/quality',
      });
      expect(cascade.statusCode).toBe(422);
      expect(cascade.json()).toMatchObject({ error: { path: 'body.contributesTo' } });
    });

    it('answers a move that closes a cycle with 422 CYCLE and writes nothing', async () => {
      const down = await send('PATCH', `${LIST}/quality-assurance`, {
        version: 1,
        parent: 'quality',
      });
      expect(down.statusCode).toBe(200);
      const up = await send('PATCH', `${LIST}/quality`, {
        version: 1,
        parent: 'quality-assurance',
      });
      expect(up.statusCode).toBe(422);
      expect(up.json()).toMatchObject({ error: { code: 'CYCLE', path: 'body.parent' } });
      expect((await app.inject(`${LIST}/quality`)).json()).toMatchObject({
        parent: null,
        version: 1,
      });
    });

    it('moves an objective to another perspective and reverts the move from the change log', async () => {
      const moved = await send('PATCH', `${LIST}/quality`, { version: 1, perspective: 'internal' });
      expect(moved.json()).toMatchObject({ perspective: 'internal', version: 2 });
      const changes = await app.inject(`${WS}/changes?entity=objective`);
      const last = changes.json<{ changes: { id: string; operation: string }[] }>().changes.at(-1);
      expect(last).toMatchObject({ operation: 'update' });
      const revert = await send('POST', `${WS}/changes/${last?.id ?? ''}/revert`);
      expect(revert.statusCode).toBe(200);
      expect((await app.inject(`${LIST}/quality`)).json()).toMatchObject({
        perspective: 'customer',
      });
    });
  });
});

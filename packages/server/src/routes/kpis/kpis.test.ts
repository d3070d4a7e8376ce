import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const WS = '/api/workspaces/default';
const LIST = `${WS}/scorecards/acme/kpis`;

describe('KPIs and their values', () => {
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
    const kpi = {
      objective: 'quality',
      id: 'defects',
      name: 'Defects',
      optimization: 'minimize',
      baseline: 10,
      target: 2,
    };

    it('creates, reads, updates, refuses a stale update, deletes, then answers 404', async () => {
      const created = await send('POST', LIST, kpi);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ id: 'defects', objective: 'quality', version: 1 });
      const listed = await app.inject(`${LIST}?objective=quality`);
      expect(listed.json<{ kpis: { id: string }[] }>().kpis.map((k) => k.id)).toContain('defects');
      const read = await app.inject(`${LIST}/defects`);
      expect(read.headers.etag).toBe('"1"');
      const updated = await app.inject({
        method: 'PATCH',
        url: `${LIST}/defects`,
        headers: { 'if-match': '"1"' },
        payload: { target: 1, unit: '#' },
      });
      expect(updated.statusCode).toBe(200);
      expect(updated.json()).toMatchObject({ target: 1, unit: '#', version: 2 });
      const stale = await send('PATCH', `${LIST}/defects`, { version: 1, target: 3 });
      expect(stale.json()).toMatchObject({ error: { code: 'CONFLICT', current: { version: 2 } } });
      expect((await send('DELETE', `${LIST}/defects?version=2`)).statusCode).toBe(204);
      expect((await app.inject(`${LIST}/defects`)).statusCode).toBe(404);
    });

    it('refuses a duplicate id with 409 and an unknown objective with 422 and the path', async () => {
      const duplicate = await send('POST', LIST, { ...kpi, id: 'nps' });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json()).toMatchObject({ error: { code: 'DUPLICATE_KEY', path: 'body.id' } });
      const orphan = await send('POST', LIST, { ...kpi, objective: 'nope' });
      expect(orphan.statusCode).toBe(422);
      expect(orphan.json()).toMatchObject({
        error: { code: 'BROKEN_REFERENCE', path: 'body.objective' },
      });
    });

    it('answers an update that makes the scale unscorable with 422 INVALID_SCALE', async () => {
      const res = await send('PATCH', `${LIST}/return-rate`, { version: 1, target: 8 });
      expect(res.statusCode).toBe(422);
      const body = res.json<{ error: { code: string; path: string } }>();
      expect(body.error.code).toBe('INVALID_SCALE');
      expect(body.error.path).toMatch(/^body/);
      expect((await app.inject(`${LIST}/return-rate`)).json()).toMatchObject({ target: 2 });
    });

    it('lists values in a range and deletes one, logged and revertible', async () => {
      const values = await app.inject(`${LIST}/return-rate/values?from=2026-02&to=2026-03`);
      expect(values.statusCode).toBe(200);
      const periods = values.json<{ values: { period: string }[] }>().values.map((v) => v.period);
      expect(periods).toEqual(['2026-02', '2026-03']);
      expect(
        (await send('DELETE', `${LIST}/return-rate/values/2026-03?version=9`)).statusCode,
      ).toBe(409);
      expect((await send('DELETE', `${LIST}/return-rate/values/2026-03`)).statusCode).toBe(204);
      expect((await send('DELETE', `${LIST}/return-rate/values/2026-03`)).statusCode).toBe(404);
      const changes = await app.inject(`${WS}/changes?entity=kpi_value`);
      const last = changes.json<{ changes: { id: string; operation: string }[] }>().changes.at(-1);
      expect(last).toMatchObject({ operation: 'delete' });
      await send('POST', `${WS}/changes/${last?.id ?? ''}/revert`);
      const back = await app.inject(`${LIST}/return-rate/values?from=2026-03&to=2026-03`);
      expect(back.json<{ values: unknown[] }>().values).toHaveLength(1);
    });
  });
});

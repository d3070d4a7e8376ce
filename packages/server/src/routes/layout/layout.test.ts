import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const WS = '/api/workspaces/default';
const SC = `${WS}/scorecards/acme`;
const LAYOUT = `${SC}/layout`;

const apiError = (code: string, path: string) => ({
  error: expect.objectContaining({ code, path, message: expect.any(String) as unknown }) as unknown,
});

describe('strategy-map layout', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());
    beforeEach(() => importExample(app));

    const put = (payload: unknown, url = LAYOUT) =>
      app.inject({ method: 'PUT', url, payload: payload as object });
    const positions = async () =>
      (await app.inject(LAYOUT)).json<{ positions: Record<string, unknown> }>().positions;

    it('starts empty, saves real numbers and merges one objective at a time', async () => {
      expect((await app.inject(LAYOUT)).json()).toEqual({ positions: {} });
      const first = await put({ positions: { quality: { x: 412.5, y: -37.25 } } });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toEqual({ positions: { quality: { x: 412.5, y: -37.25 } } });
      const second = await put({ positions: { loyalty: { x: 0, y: 1e-3 } } });
      expect(second.json()).toEqual({
        positions: { quality: { x: 412.5, y: -37.25 }, loyalty: { x: 0, y: 1e-3 } },
      });
      expect(await positions()).toEqual(second.json<{ positions: unknown }>().positions);
    });

    it('clears a position with null (automatic layout again)', async () => {
      await put({ positions: { quality: { x: 1, y: 2 }, loyalty: { x: 3, y: 4 } } });
      const res = await put({ positions: { quality: null, 'deliver-on-time': null } });
      expect(res.json()).toEqual({ positions: { loyalty: { x: 3, y: 4 } } });
    });

    it('refuses unknown objectives with 422 BROKEN_REFERENCE naming the path, saving nothing', async () => {
      const res = await put({ positions: { quality: { x: 1, y: 2 }, nope: { x: 0, y: 0 } } });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toEqual(apiError('BROKEN_REFERENCE', 'body.positions.nope'));
      expect(res.json()).toMatchObject({
        error: { issues: [{ code: 'BROKEN_REFERENCE', path: 'body.positions.nope' }] },
      });
      expect(await positions()).toEqual({});
    });

    it.each([
      [
        'a coordinate that is not a number',
        { positions: { quality: { x: 'a', y: 1 } } },
        'body.positions.quality.x',
      ],
      ['a missing coordinate', { positions: { quality: { x: 1 } } }, 'body.positions.quality.y'],
      [
        'an unknown field in a position',
        { positions: { quality: { x: 1, y: 2, z: 3 } } },
        'body.positions.quality',
      ],
      ['no positions', {}, 'body.positions'],
      ['positions as a list', { positions: [{ x: 1, y: 2 }] }, 'body.positions'],
      ['an unknown top-level field', { positions: {}, layout: {} }, 'body'],
    ])('answers 400 with the path for %s', async (_name, payload, path) => {
      const res = await put(payload);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual(apiError('VALIDATION', path));
    });

    it('answers 400 for a coordinate JSON reads as infinite', async () => {
      const res = await app.inject({
        method: 'PUT',
        url: LAYOUT,
        headers: { 'content-type': 'application/json' },
        payload: '{"positions":{"quality":{"x":1e400,"y":0}}}',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual(apiError('VALIDATION', 'body.positions.quality.x'));
    });

    it('answers 404 for a scorecard or workspace that does not exist', async () => {
      for (const url of [
        `${WS}/scorecards/nope/layout`,
        '/api/workspaces/nope/scorecards/acme/layout',
      ]) {
        expect((await app.inject(url)).statusCode).toBe(404);
        const res = await put({ positions: {} }, url);
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual(apiError('NOT_FOUND', ''));
      }
    });

    it('is presentation: not in the change log or the strategy file export', async () => {
      const changes = async () =>
        (await app.inject(`${WS}/changes?limit=10000`)).json<{ changes: unknown[] }>().changes;
      const before = await changes();
      const exported = (await app.inject(`${WS}/export?format=json`)).body;
      await put({ positions: { quality: { x: 98765.5, y: 4321.25 } } });
      expect(await changes()).toEqual(before);
      const after = (await app.inject(`${WS}/export?format=json`)).body;
      expect(after).toBe(exported);
      expect(after).not.toContain('98765.5');
    });

    it("drops an objective's position when the objective is deleted", async () => {
      await app.inject({
        method: 'POST',
        url: `${SC}/objectives`,
        payload: { id: 'reuse', name: 'Reuse packaging', perspective: 'internal' },
      });
      await put({ positions: { reuse: { x: 5, y: 6 }, quality: { x: 1, y: 2 } } });
      const deleted = await app.inject({
        method: 'DELETE',
        url: `${SC}/objectives/reuse?version=1`,
      });
      expect(deleted.statusCode).toBe(204);
      expect(await positions()).toEqual({ quality: { x: 1, y: 2 } });
    });
  });
});

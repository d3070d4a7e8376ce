import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const BASE = '/api/workspaces/default';
const objective = (id: string) => `${BASE}/scorecards/acme/objectives/${id}`;

interface BatchBody {
  batch: string;
  changes: string[];
}

describe('POST /api/workspaces/{ws}/edits', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());
    beforeEach(() => importExample(app));

    const edits = (list: object[]) =>
      app.inject({ method: 'POST', url: `${BASE}/edits`, payload: { edits: list } });
    const log = async (query = '') =>
      (await app.inject(`${BASE}/changes${query}`)).json<{ changes: { id: string }[] }>().changes;

    const addCare = {
      op: 'create',
      entity: 'objective',
      scorecard: 'acme',
      fields: { id: 'care', name: 'Care for every customer', perspective: 'customer' },
    };

    it('applies every edit, logs one change each under one batch, and returns their ids', async () => {
      const res = await edits([
        addCare,
        {
          op: 'create',
          entity: 'kpi',
          scorecard: 'acme',
          fields: { objective: 'care', id: 'care-nps', name: 'Care NPS' },
        },
        {
          op: 'update',
          entity: 'objective',
          scorecard: 'acme',
          id: 'loyalty',
          version: 1,
          fields: { parent: 'care' },
        },
      ]);
      expect(res.statusCode).toBe(200);
      const body = res.json<BatchBody>();
      expect(body.changes).toHaveLength(3);
      expect(res.headers['bearing-batch']).toBe(body.batch);
      expect(res.headers['bearing-changes']).toBe(body.changes.join(', '));
      expect((await log(`?batch=${body.batch}`)).map((c) => c.id)).toEqual(body.changes);
      expect((await app.inject(objective('loyalty'))).json()).toMatchObject({
        parent: 'care',
        version: 2,
      });
    });

    it('writes nothing when one edit is invalid, and names that edit', async () => {
      const before = (await log()).length;
      const res = await edits([
        addCare,
        {
          op: 'update',
          entity: 'objective',
          scorecard: 'acme',
          id: 'loyalty',
          version: 1,
          fields: { parent: 'no-such-objective' },
        },
      ]);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({
        error: { code: 'BROKEN_REFERENCE', path: 'edits[1].fields.parent' },
      });
      expect((await app.inject(objective('care'))).statusCode).toBe(404);
      expect((await log()).length).toBe(before);
    });

    it('refuses a batch with a stale version (409) naming the stale edit', async () => {
      await app.inject({
        method: 'PATCH',
        url: objective('quality'),
        payload: { version: 1, name: 'Q' },
      });
      const res = await edits([
        addCare,
        {
          op: 'update',
          entity: 'objective',
          scorecard: 'acme',
          id: 'quality',
          version: 1,
          fields: { name: 'X' },
        },
      ]);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        error: { code: 'CONFLICT', path: 'edits[1].version', current: { version: 2 } },
      });
      expect((await app.inject(objective('care'))).statusCode).toBe(404);
    });

    it('refuses an edit of an entity that does not exist (404) naming the edit', async () => {
      const res = await edits([
        { op: 'delete', entity: 'kpi', scorecard: 'acme', id: 'nope', version: 1 },
      ]);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND', path: 'edits[0].id' } });
    });

    it('refuses a malformed edit with 400 before anything runs', async () => {
      const res = await edits([{ op: 'rename', entity: 'objective', scorecard: 'acme' }]);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'VALIDATION' } });
    });

    it("undoes one editor's batch only: another editor's edit in between survives", async () => {
      // A applies a lint fix as one batch: rename `quality` and give it a KPI.
      const fix = await edits([
        {
          op: 'update',
          entity: 'objective',
          scorecard: 'acme',
          id: 'quality',
          version: 1,
          fields: { name: 'Ship fewer defects' },
        },
        {
          op: 'create',
          entity: 'kpi',
          scorecard: 'acme',
          fields: { objective: 'quality', id: 'defect-rate', name: 'Defect rate' },
        },
      ]);
      expect(fix.statusCode).toBe(200);
      // Meanwhile B edits another objective.
      const other = await app.inject({
        method: 'PATCH',
        url: objective('loyalty'),
        payload: { version: 1, name: 'Keep customers coming back' },
      });
      expect(other.statusCode).toBe(200);
      // A's Undo reverts exactly A's batch.
      const undo = await app.inject({
        method: 'POST',
        url: `${BASE}/batches/${fix.json<BatchBody>().batch}/revert`,
        headers: CLIENT_HEADERS,
      });
      expect(undo.statusCode).toBe(200);
      expect(undo.json<BatchBody>().changes).toHaveLength(2);
      expect((await app.inject(objective('quality'))).json()).toMatchObject({
        name: 'Provide high product quality',
      });
      expect((await app.inject(`${BASE}/scorecards/acme/kpis/defect-rate`)).statusCode).toBe(404);
      expect((await app.inject(objective('loyalty'))).json()).toMatchObject({
        name: 'Keep customers coming back',
      });
    });

    it('answers 404 for a batch that made no changes in the workspace', async () => {
      const res = await app.inject({
        method: 'POST',
        url: `${BASE}/batches/nope/revert`,
        headers: CLIENT_HEADERS,
      });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND', path: 'params.batch' } });
    });
  });
});

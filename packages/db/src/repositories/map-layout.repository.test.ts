import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@bearing/testing/databases';
import { NotFoundError } from '../errors.ts';
import { workspaceRevision } from '../revision.ts';
import { saveStrategy } from '../strategy-store.ts';
import { ctx, freshWorkspace, richStrategy } from '../test-fixtures.ts';
import { listChanges } from './change.repository.ts';
import { getMapLayout, updateMapLayout } from './map-layout.repository.ts';
import { deleteObjective } from './objective.repository.ts';
import { deleteScorecard } from './scorecard.repository.ts';

const NOW = new Date('2026-11-25T10:00:00.000Z');

forEachDialect(({ db }) => {
  async function seeded(): Promise<string> {
    const ws = await freshWorkspace(db().db);
    await saveStrategy(db().db, ws, richStrategy(), ctx());
    return ws;
  }
  /** Rows in the table for a workspace, whichever scorecard (even a deleted one) they were for. */
  async function positionsIn(ws: string): Promise<number> {
    const rows = await db()
      .db.selectFrom('map_positions')
      .innerJoin('objectives', 'objectives.id', 'map_positions.objective_id')
      .innerJoin('scorecards', 'scorecards.id', 'objectives.scorecard_id')
      .innerJoin('workspaces', 'workspaces.id', 'scorecards.workspace_id')
      .select('map_positions.objective_id')
      .where('workspaces.key', '=', ws)
      .execute();
    return rows.length;
  }

  describe('map layout (migration 2026_11_25_140000)', () => {
    it('starts empty, stores real numbers and merges partial updates', async () => {
      const ws = await seeded();
      expect(await getMapLayout(db().db, ws, 'corp')).toEqual({});
      const first = await updateMapLayout(
        db().db,
        ws,
        'corp',
        { quality: { x: 120.5, y: -40.25 }, 'qa-hours': { x: 1e-7, y: 3 } },
        NOW,
      );
      expect(first).toEqual({
        ok: true,
        layout: { 'qa-hours': { x: 1e-7, y: 3 }, quality: { x: 120.5, y: -40.25 } },
      });
      const second = await updateMapLayout(db().db, ws, 'corp', { quality: { x: 7, y: 8 } }, NOW);
      expect(second).toEqual({
        ok: true,
        layout: { 'qa-hours': { x: 1e-7, y: 3 }, quality: { x: 7, y: 8 } },
      });
      expect(await getMapLayout(db().db, ws, 'corp')).toEqual(second.ok && second.layout);
      // Scorecards keep separate layouts.
      expect(await getMapLayout(db().db, ws, 'sales')).toEqual({});
    });

    it('clears a position with null and ignores a null for one never placed', async () => {
      const ws = await seeded();
      await updateMapLayout(db().db, ws, 'corp', { quality: { x: 1, y: 2 } }, NOW);
      const cleared = await updateMapLayout(
        db().db,
        ws,
        'corp',
        { quality: null, 'qa-hours': null },
        NOW,
      );
      expect(cleared).toEqual({ ok: true, layout: {} });
    });

    it('names unknown objectives and writes nothing', async () => {
      const ws = await seeded();
      const result = await updateMapLayout(
        db().db,
        ws,
        'corp',
        { quality: { x: 1, y: 2 }, nope: { x: 0, y: 0 }, hire: null },
        NOW,
      );
      // `hire` is an objective of another scorecard: unknown here.
      expect(result).toEqual({ ok: false, unknown: ['nope', 'hire'] });
      expect(await getMapLayout(db().db, ws, 'corp')).toEqual({});
      await expect(getMapLayout(db().db, ws, 'nope')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('is presentation: no change-log rows and the revision stays', async () => {
      const ws = await seeded();
      const before = await workspaceRevision(db().db, ws);
      const changes = (await listChanges(db().db, ws, {})).length;
      await updateMapLayout(db().db, ws, 'corp', { quality: { x: 1, y: 2 } }, NOW);
      expect(await workspaceRevision(db().db, ws)).toEqual(before);
      expect(await listChanges(db().db, ws, {})).toHaveLength(changes);
    });

    it('drops positions with their objective, scorecard or a replacing import', async () => {
      const ws = await seeded();
      const both = { quality: { x: 1, y: 2 }, 'qa-hours': { x: 3, y: 4 } };
      await updateMapLayout(db().db, ws, 'corp', both, NOW);
      await updateMapLayout(db().db, ws, 'sales', { hire: { x: 5, y: 6 } }, NOW);
      await deleteObjective(db().db, ws, 'corp', 'qa-hours', ctx());
      expect(await getMapLayout(db().db, ws, 'corp')).toEqual({ quality: { x: 1, y: 2 } });

      await deleteScorecard(db().db, ws, 'sales', ctx());
      expect(await positionsIn(ws)).toBe(1);
      await saveStrategy(db().db, ws, richStrategy(), { ...ctx(), replace: true });
      expect(await getMapLayout(db().db, ws, 'corp')).toEqual({});
      expect(await getMapLayout(db().db, ws, 'sales')).toEqual({});
      expect(await positionsIn(ws)).toBe(0);
    });
  });
});

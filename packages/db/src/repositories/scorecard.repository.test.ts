import { describe, expect, it } from 'vitest';
import { DEFAULT_PERSPECTIVES, perspectiveId, scorecardId } from '@bearing/core';
import { buildObjective, buildScorecard } from '@bearing/testing';
import { forEachDialect } from '@bearing/testing/databases';
import { ConflictError, DuplicateKeyError, InUseError, NotFoundError } from '../errors.ts';
import { ctx, freshWorkspace } from '../test-fixtures.ts';
import { listChanges } from './change.repository.ts';
import {
  createPerspective,
  deletePerspective,
  getPerspective,
  listPerspectives,
  updatePerspective,
} from './perspective.repository.ts';
import {
  createScorecard,
  deleteScorecard,
  getScorecard,
  getScorecardTree,
  listScorecards,
  updateScorecard,
} from './scorecard.repository.ts';
import { getWorkspace, listWorkspaces, updateWorkspace } from './workspace.repository.ts';

forEachDialect(({ db }) => {
  describe('workspaces', () => {
    it('has the default workspace after migration', async () => {
      expect(await getWorkspace(db().db, 'default')).toMatchObject({ key: 'default', version: 1 });
      expect((await listWorkspaces(db().db)).map((w) => w.key)).toContain('default');
    });

    it('rejects a stale version with the current state', async () => {
      const ws = await freshWorkspace(db().db);
      await updateWorkspace(db().db, ws, 1, { organization: 'Acme' }, ctx());
      const error = await updateWorkspace(db().db, ws, 1, { organization: 'Other' }, ctx()).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).current).toMatchObject({ organization: 'Acme', version: 2 });
    });
  });

  describe('scorecards', () => {
    it('creates, reads by key, lists in order, updates and deletes', async () => {
      const ws = await freshWorkspace(db().db);
      await createScorecard(
        db().db,
        ws,
        buildScorecard({ id: scorecardId('a'), name: 'A' }),
        ctx(),
      );
      await createScorecard(
        db().db,
        ws,
        buildScorecard({ id: scorecardId('b'), name: 'B' }),
        ctx(),
      );
      expect(await getScorecard(db().db, ws, 'a')).toEqual({
        id: 'a',
        name: 'A',
        description: null,
        owner: null,
        thresholds: { green: 0.8, amber: 0.5 },
        version: 1,
      });
      expect((await listScorecards(db().db, ws)).map((s) => s.id)).toEqual(['a', 'b']);
      const updated = await updateScorecard(
        db().db,
        ws,
        'a',
        1,
        { thresholds: { green: 0.7, amber: 0.4 } },
        ctx(),
      );
      expect(updated).toMatchObject({ thresholds: { green: 0.7, amber: 0.4 }, version: 2 });
      expect(await getScorecard(db().db, ws, 'a')).toEqual(updated);
      await deleteScorecard(db().db, ws, 'a', ctx(), 2);
      await expect(getScorecard(db().db, ws, 'a')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('refuses a duplicate key within the workspace but allows it in another', async () => {
      const ws = await freshWorkspace(db().db);
      const other = await freshWorkspace(db().db);
      await createScorecard(db().db, ws, buildScorecard({ id: scorecardId('x') }), ctx());
      await expect(
        createScorecard(db().db, ws, buildScorecard({ id: scorecardId('x') }), ctx()),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(
        createScorecard(db().db, other, buildScorecard({ id: scorecardId('x') }), ctx()),
      ).resolves.toMatchObject({ id: 'x' });
    });

    it('fails a stale update with a typed conflict carrying the current state, writing nothing', async () => {
      const ws = await freshWorkspace(db().db);
      await createScorecard(
        db().db,
        ws,
        buildScorecard({ id: scorecardId('a'), name: 'A' }),
        ctx(),
      );
      await updateScorecard(db().db, ws, 'a', 1, { name: 'First' }, ctx('bob'));
      const error = await updateScorecard(
        db().db,
        ws,
        'a',
        1,
        { name: 'Second' },
        ctx('carol'),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ code: 'CONFLICT', current: { name: 'First', version: 2 } });
      const log = await listChanges(db().db, ws, { entityType: 'scorecard' });
      expect(log.map((c) => c.actor)).toEqual(['alice', 'bob']);
    });

    it('reports NOT_FOUND for an unknown workspace or scorecard', async () => {
      await expect(getScorecard(db().db, 'nope', 'a')).rejects.toMatchObject({
        code: 'NOT_FOUND',
        entity: 'workspace',
      });
      await expect(getScorecard(db().db, 'default', 'nope')).rejects.toMatchObject({
        code: 'NOT_FOUND',
        entity: 'scorecard',
      });
    });

    it('deletes a scorecard with everything under it', async () => {
      const ws = await freshWorkspace(db().db);
      const tree = buildScorecard({ id: scorecardId('t'), objectives: [buildObjective()] });
      await createScorecard(db().db, ws, tree, ctx());
      expect(await getScorecardTree(db().db, ws, 't')).toEqual(tree);
      await deleteScorecard(db().db, ws, 't', ctx());
      // Other tests' objectives may exist; this scorecard's must not.
      const mine = await db()
        .db.selectFrom('perspectives')
        .innerJoin('scorecards', 'scorecards.id', 'perspectives.scorecard_id')
        .select('perspectives.id')
        .where('scorecards.key', '=', 't')
        .execute();
      expect(mine).toEqual([]);
    });
  });

  describe('perspectives', () => {
    it('creates, updates, lists in display order and deletes an unused perspective', async () => {
      const ws = await freshWorkspace(db().db);
      await createScorecard(db().db, ws, buildScorecard({ id: scorecardId('s') }), ctx());
      await createPerspective(
        db().db,
        ws,
        's',
        { id: perspectiveId('esg'), name: 'ESG', weight: 0.5 },
        ctx(),
      );
      expect((await listPerspectives(db().db, ws, 's')).map((p) => p.id)).toEqual([
        ...DEFAULT_PERSPECTIVES.map((p) => p.id),
        'esg',
      ]);
      await updatePerspective(db().db, ws, 's', 'esg', 1, { weight: 2 }, ctx());
      expect(await getPerspective(db().db, ws, 's', 'esg')).toEqual({
        id: 'esg',
        name: 'ESG',
        weight: 2,
        version: 2,
      });
      await deletePerspective(db().db, ws, 's', 'esg', ctx());
      await expect(getPerspective(db().db, ws, 's', 'esg')).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        createPerspective(db().db, ws, 's', DEFAULT_PERSPECTIVES[0]!, ctx()),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('refuses to delete a perspective that still holds objectives', async () => {
      const ws = await freshWorkspace(db().db);
      await createScorecard(
        db().db,
        ws,
        buildScorecard({
          id: scorecardId('s'),
          objectives: [buildObjective({ perspective: perspectiveId('customer') })],
        }),
        ctx(),
      );
      await expect(deletePerspective(db().db, ws, 's', 'customer', ctx())).rejects.toBeInstanceOf(
        InUseError,
      );
    });
  });
});

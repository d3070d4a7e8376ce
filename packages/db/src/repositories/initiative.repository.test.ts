import { describe, expect, it } from 'vitest';
import { initiativeId, objectiveId } from '@bearing/core';
import { buildInitiative } from '@bearing/testing';
import { forEachDialect } from '@bearing/testing/databases';
import { ConflictError, DuplicateKeyError, NotFoundError } from '../errors.ts';
import { saveStrategy } from '../strategy-store.ts';
import { ctx, freshWorkspace, richStrategy } from '../test-fixtures.ts';
import { listChanges } from './change.repository.ts';
import {
  createInitiative,
  deleteInitiative,
  getInitiative,
  listInitiatives,
  updateInitiative,
} from './initiative.repository.ts';

forEachDialect(({ db }) => {
  async function seeded(): Promise<string> {
    const ws = await freshWorkspace(db().db);
    await saveStrategy(db().db, ws, richStrategy(), ctx());
    return ws;
  }
  const initiativeLog = async (ws: string) =>
    (await listChanges(db().db, ws, { entityType: 'initiative' })).map((c) => [
      c.operation,
      c.entityKey,
    ]);

  describe('initiatives', () => {
    it('reads an initiative by key with the objective it sits under', async () => {
      const ws = await seeded();
      expect(await getInitiative(db().db, ws, 'corp', 'qm')).toEqual({
        ...richStrategy().scorecards[0]!.objectives[1]!.initiatives[0]!,
        objective: 'quality',
        version: 1,
      });
      expect((await listInitiatives(db().db, ws, 'corp', 'quality')).map((i) => i.id)).toEqual([
        'qm',
      ]);
      expect(await listInitiatives(db().db, ws, 'corp', 'qa-hours')).toEqual([]);
    });

    it('creates under an objective and logs the creation with the objective', async () => {
      const ws = await seeded();
      const before = await initiativeLog(ws);
      const train = buildInitiative({ id: initiativeId('train'), budget: 5000 });
      expect(await createInitiative(db().db, ws, 'corp', 'qa-hours', train, ctx())).toEqual({
        ...train,
        objective: 'qa-hours',
        version: 1,
      });
      expect((await listInitiatives(db().db, ws, 'corp')).map((i) => i.id)).toEqual([
        'train',
        'qm',
      ]);
      const log = await listChanges(db().db, ws, { entityType: 'initiative', entityKey: 'train' });
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({
        operation: 'create',
        scorecard: 'corp',
        actor: 'alice',
        before: null,
        after: { id: 'train', objective: 'qa-hours', budget: 5000 },
      });
      expect(await initiativeLog(ws)).toHaveLength(before.length + 1);
    });

    it('refuses a duplicate key in the scorecard and logs nothing', async () => {
      const ws = await seeded();
      const before = await initiativeLog(ws);
      const error = await createInitiative(
        db().db,
        ws,
        'corp',
        'qa-hours',
        buildInitiative({ id: initiativeId('qm') }),
        ctx(),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(error).toMatchObject({ entity: 'initiative', key: 'corp/qm' });
      expect(await initiativeLog(ws)).toEqual(before);
    });

    it('refuses to create under an objective that does not exist', async () => {
      const ws = await seeded();
      await expect(
        createInitiative(db().db, ws, 'corp', 'nope', buildInitiative(), ctx()),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it('updates fields and moves to another objective, bumping the version', async () => {
      const ws = await seeded();
      const done = await updateInitiative(
        db().db,
        ws,
        'corp',
        'qm',
        1,
        { status: 'done', progress: 1, objective: objectiveId('qa-hours') },
        ctx('bob'),
      );
      expect(done).toMatchObject({
        status: 'done',
        progress: 1,
        objective: 'qa-hours',
        version: 2,
      });
      expect(await getInitiative(db().db, ws, 'corp', 'qm')).toEqual(done);
      const [change] = await listChanges(db().db, ws, {
        entityType: 'initiative',
        entityKey: 'qm',
      }).then((log) => log.filter((c) => c.operation === 'update'));
      expect(change).toMatchObject({
        actor: 'bob',
        before: { status: 'on-track', objective: 'quality', version: 1 },
        after: { status: 'done', objective: 'qa-hours', version: 2 },
      });
    });

    it('refuses a stale version with the current state and logs nothing', async () => {
      const ws = await seeded();
      await updateInitiative(db().db, ws, 'corp', 'qm', 1, { progress: 0.5 }, ctx());
      const before = await initiativeLog(ws);
      const error = await updateInitiative(
        db().db,
        ws,
        'corp',
        'qm',
        1,
        { status: 'late' },
        ctx(),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({
        key: 'corp/qm',
        expectedVersion: 1,
        current: { progress: 0.5, version: 2 },
      });
      await expect(deleteInitiative(db().db, ws, 'corp', 'qm', ctx(), 1)).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect(await getInitiative(db().db, ws, 'corp', 'qm')).toMatchObject({ status: 'on-track' });
      expect(await initiativeLog(ws)).toEqual(before);
    });

    it('deletes and logs the initiative as it was', async () => {
      const ws = await seeded();
      await deleteInitiative(db().db, ws, 'corp', 'qm', ctx(), 1);
      await expect(getInitiative(db().db, ws, 'corp', 'qm')).rejects.toBeInstanceOf(NotFoundError);
      const log = await listChanges(db().db, ws, { entityType: 'initiative', entityKey: 'qm' });
      expect(log.at(-1)).toMatchObject({
        operation: 'delete',
        before: { id: 'qm', objective: 'quality', budget: 120000 },
        after: null,
      });
      expect(log.at(-1)?.before).not.toHaveProperty('version');
    });

    it('names the scorecard and key of an initiative that does not exist', async () => {
      const ws = await seeded();
      const before = await initiativeLog(ws);
      for (const attempt of [
        () => getInitiative(db().db, ws, 'corp', 'ghost'),
        () => updateInitiative(db().db, ws, 'corp', 'ghost', 1, { progress: 1 }, ctx()),
        () => deleteInitiative(db().db, ws, 'corp', 'ghost', ctx()),
      ]) {
        const error = await attempt().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NotFoundError);
        expect(error).toMatchObject({ entity: 'initiative', key: 'corp/ghost' });
        expect((error as Error).message).toContain('corp/ghost');
      }
      expect(await initiativeLog(ws)).toEqual(before);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { scorecardId } from '@bearing/core';
import { buildScorecard } from '@bearing/testing';
import { forEachDialect } from '@bearing/testing/databases';
import { NotFoundError } from '../errors.ts';
import { ctx, freshWorkspace } from '../test-fixtures.ts';
import { getChange, listChanges } from './change.repository.ts';
import { createScorecard, updateScorecard } from './scorecard.repository.ts';

forEachDialect(({ db }) => {
  describe('change log', () => {
    it('records actor, time, before and after of every write', async () => {
      const ws = await freshWorkspace(db().db);
      await createScorecard(
        db().db,
        ws,
        buildScorecard({ id: scorecardId('a'), name: 'A' }),
        ctx('alice', '2026-01-01T00:00:00.000Z'),
      );
      await updateScorecard(
        db().db,
        ws,
        'a',
        1,
        { name: 'B' },
        ctx('bob', '2026-02-01T00:00:00.000Z'),
      );
      const [created, updated] = await listChanges(db().db, ws, {
        entityType: 'scorecard',
        entityKey: 'a',
      });
      expect(created).toMatchObject({
        operation: 'create',
        actor: 'alice',
        at: '2026-01-01T00:00:00.000Z',
        before: null,
        after: { id: 'a', name: 'A' },
      });
      expect(updated).toMatchObject({
        operation: 'update',
        actor: 'bob',
        at: '2026-02-01T00:00:00.000Z',
        scorecard: 'a',
        before: { name: 'A', version: 1 },
        after: { name: 'B', version: 2 },
      });
      expect(await getChange(db().db, updated!.id)).toEqual(updated);
    });

    it('lists changes since a time, oldest first, with a limit', async () => {
      const ws = await freshWorkspace(db().db);
      for (const [i, month] of ['01', '02', '03'].entries()) {
        await createScorecard(
          db().db,
          ws,
          buildScorecard({ id: scorecardId(`s${i}`) }),
          ctx('a', `2026-${month}-01T00:00:00.000Z`),
        );
      }
      const since = await listChanges(db().db, ws, {
        entityType: 'scorecard',
        since: new Date('2026-02-01T00:00:00.000Z'),
      });
      expect(since.map((c) => c.entityKey)).toEqual(['s1', 's2']);
      expect(
        (await listChanges(db().db, ws, { entityType: 'scorecard', limit: 1 })).map(
          (c) => c.entityKey,
        ),
      ).toEqual(['s0']);
    });

    it('rolls the change row back with a failed write', async () => {
      const ws = await freshWorkspace(db().db);
      await createScorecard(db().db, ws, buildScorecard({ id: scorecardId('a') }), ctx());
      await expect(
        createScorecard(db().db, ws, buildScorecard({ id: scorecardId('a') }), ctx()),
      ).rejects.toThrow();
      expect(await listChanges(db().db, ws, { entityType: 'scorecard' })).toHaveLength(1);
    });

    it('reports an unknown change id as NOT_FOUND', async () => {
      await expect(getChange(db().db, 'nope')).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});

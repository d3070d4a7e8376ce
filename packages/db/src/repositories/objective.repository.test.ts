import { describe, expect, it } from 'vitest';
import { objectiveId, perspectiveId, scorecardId } from '@bearing/core';
import { buildObjective } from '@bearing/testing';
import { forEachDialect } from '@bearing/testing/databases';
import { ConflictError, DuplicateKeyError, NotFoundError } from '../errors.ts';
import { saveStrategy } from '../strategy-store.ts';
import { ctx, freshWorkspace, richStrategy } from '../test-fixtures.ts';
import { listChanges } from './change.repository.ts';
import {
  createObjective,
  deleteObjective,
  getObjective,
  listObjectives,
  updateObjective,
} from './objective.repository.ts';

forEachDialect(({ db }) => {
  describe('objectives', () => {
    it('reads an objective by key with its references as keys', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      expect(await getObjective(db().db, ws, 'corp', 'qa-hours')).toMatchObject({
        parent: 'quality',
        perspective: 'internal',
        version: 1,
      });
      expect(await getObjective(db().db, ws, 'sales', 'hire')).toMatchObject({
        contributesTo: { scorecard: 'corp', objective: 'quality' },
      });
      expect((await listObjectives(db().db, ws, 'corp')).map((o) => o.id)).toEqual([
        'qa-hours',
        'quality',
      ]);
    });

    it('creates at the end, refusing a duplicate key in the scorecard', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const created = await createObjective(
        db().db,
        ws,
        'corp',
        buildObjective({ id: objectiveId('new'), parent: objectiveId('quality') }),
        ctx(),
      );
      expect(created).toMatchObject({ id: 'new', parent: 'quality', version: 1 });
      expect((await listObjectives(db().db, ws, 'corp')).at(-1)?.id).toBe('new');
      await expect(
        createObjective(db().db, ws, 'corp', buildObjective({ id: objectiveId('new') }), ctx()),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(
        createObjective(
          db().db,
          ws,
          'corp',
          buildObjective({ perspective: perspectiveId('nope') }),
          ctx(),
        ),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it('updates fields and references with a version check', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const after = await updateObjective(
        db().db,
        ws,
        'corp',
        'qa-hours',
        1,
        {
          perspective: perspectiveId('learning'),
          parent: null,
          contributesTo: { scorecard: scorecardId('sales'), objective: objectiveId('hire') },
          weight: 3,
        },
        ctx(),
      );
      expect(await getObjective(db().db, ws, 'corp', 'qa-hours')).toEqual(after);
      expect(after).toMatchObject({ perspective: 'learning', parent: null, weight: 3, version: 2 });
      await expect(
        updateObjective(db().db, ws, 'corp', 'qa-hours', 1, { weight: 4 }, ctx()),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it('on delete, detaches sub-objectives and contributors as logged updates', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      await deleteObjective(db().db, ws, 'corp', 'quality', ctx('bob'));
      expect(await getObjective(db().db, ws, 'corp', 'qa-hours')).toMatchObject({
        parent: null,
        version: 2,
      });
      expect(await getObjective(db().db, ws, 'sales', 'hire')).toMatchObject({
        contributesTo: null,
        version: 2,
      });
      const log = await listChanges(db().db, ws, { entityType: 'objective' });
      expect(log.map((c) => [c.operation, c.scorecard, c.entityKey])).toEqual([
        ['update', 'corp', 'qa-hours'],
        ['update', 'sales', 'hire'],
        ['delete', 'corp', 'quality'],
      ]);
      expect(log[2]?.before).toMatchObject({
        id: 'quality',
        kpis: [{ id: 'return-rate' }, { id: 'temperature' }],
        links: [{ from: 'qa-hours' }],
      });
    });
  });
});

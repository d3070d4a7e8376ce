import { describe, expect, it } from 'vitest';
import { perspectiveId } from '@bearing/core';
import { forEachDialect } from '@bearing/testing/databases';
import { ConflictError, DuplicateKeyError, InUseError, NotFoundError } from '../errors.ts';
import { saveStrategy } from '../strategy-store.ts';
import { ctx, freshWorkspace, richStrategy } from '../test-fixtures.ts';
import { listChanges } from './change.repository.ts';
import {
  createPerspective,
  deletePerspective,
  getPerspective,
  listPerspectives,
  updatePerspective,
} from './perspective.repository.ts';

forEachDialect(({ db }) => {
  async function seeded(): Promise<string> {
    const ws = await freshWorkspace(db().db);
    await saveStrategy(db().db, ws, richStrategy(), ctx());
    return ws;
  }
  const perspectiveLog = async (ws: string) =>
    (await listChanges(db().db, ws, { entityType: 'perspective' })).map((c) => [
      c.operation,
      c.entityKey,
    ]);
  const esg = { id: perspectiveId('esg'), name: 'Environment', weight: 0.5 };

  describe('perspectives', () => {
    it('reads the perspectives of a scorecard in display order', async () => {
      const ws = await seeded();
      expect(await listPerspectives(db().db, ws, 'sales')).toEqual([
        { id: 'money', name: 'Money', weight: 2, version: 1 },
        { id: 'people', name: 'People', weight: 1, version: 1 },
      ]);
      expect(await getPerspective(db().db, ws, 'corp', 'internal')).toMatchObject({
        name: 'Internal Processes',
        version: 1,
      });
    });

    it('creates at the end and logs the creation', async () => {
      const ws = await seeded();
      expect(await createPerspective(db().db, ws, 'sales', esg, ctx())).toEqual({
        ...esg,
        version: 1,
      });
      expect((await listPerspectives(db().db, ws, 'sales')).map((p) => p.id)).toEqual([
        'money',
        'people',
        'esg',
      ]);
      expect(
        await listChanges(db().db, ws, { entityType: 'perspective', entityKey: 'esg' }),
      ).toMatchObject([{ operation: 'create', scorecard: 'sales', before: null, after: esg }]);
    });

    it('refuses a duplicate key in the scorecard and logs nothing', async () => {
      const ws = await seeded();
      const before = await perspectiveLog(ws);
      const error = await createPerspective(
        db().db,
        ws,
        'sales',
        { ...esg, id: perspectiveId('money') },
        ctx(),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(error).toMatchObject({ entity: 'perspective', key: 'sales/money' });
      expect(await perspectiveLog(ws)).toEqual(before);
    });

    it('updates with a version check and refuses a stale version', async () => {
      const ws = await seeded();
      const renamed = await updatePerspective(
        db().db,
        ws,
        'sales',
        'money',
        1,
        { name: 'Revenue', weight: 3 },
        ctx(),
      );
      expect(renamed).toEqual({ id: 'money', name: 'Revenue', weight: 3, version: 2 });
      expect(await getPerspective(db().db, ws, 'sales', 'money')).toEqual(renamed);
      expect(
        (await listChanges(db().db, ws, { entityType: 'perspective', entityKey: 'money' })).at(-1),
      ).toMatchObject({
        operation: 'update',
        before: { name: 'Money', version: 1 },
        after: { name: 'Revenue', version: 2 },
      });
      const before = await perspectiveLog(ws);
      const stale = await updatePerspective(
        db().db,
        ws,
        'sales',
        'money',
        1,
        { name: 'Cash' },
        ctx(),
      ).catch((e: unknown) => e);
      expect(stale).toBeInstanceOf(ConflictError);
      expect(stale).toMatchObject({ key: 'sales/money', current: { name: 'Revenue', version: 2 } });
      await expect(
        deletePerspective(db().db, ws, 'sales', 'money', ctx(), 1),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await perspectiveLog(ws)).toEqual(before);
    });

    it('refuses (IN_USE) to delete a perspective that holds objectives, naming them', async () => {
      const ws = await seeded();
      const before = await perspectiveLog(ws);
      const error = await deletePerspective(db().db, ws, 'sales', 'money', ctx()).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InUseError);
      expect(error).toMatchObject({
        code: 'IN_USE',
        key: 'sales/money',
        usedBy: ['objective sell-more'],
      });
      expect(await getPerspective(db().db, ws, 'sales', 'money')).toMatchObject({ version: 1 });
      expect(await perspectiveLog(ws)).toEqual(before);
    });

    it('deletes an empty perspective and logs it as it was', async () => {
      const ws = await seeded();
      await deletePerspective(db().db, ws, 'corp', 'financial', ctx(), 1);
      await expect(getPerspective(db().db, ws, 'corp', 'financial')).rejects.toBeInstanceOf(
        NotFoundError,
      );
      expect(
        (await listChanges(db().db, ws, { entityType: 'perspective', entityKey: 'financial' })).at(
          -1,
        ),
      ).toMatchObject({
        operation: 'delete',
        scorecard: 'corp',
        before: { id: 'financial', name: 'Financial', weight: 1 },
        after: null,
      });
    });

    it('names the scorecard and key of a perspective that does not exist', async () => {
      const ws = await seeded();
      for (const attempt of [
        () => getPerspective(db().db, ws, 'sales', 'ghost'),
        () => updatePerspective(db().db, ws, 'sales', 'ghost', 1, { name: 'x' }, ctx()),
        () => deletePerspective(db().db, ws, 'sales', 'ghost', ctx()),
      ]) {
        const error = await attempt().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NotFoundError);
        expect(error).toMatchObject({ entity: 'perspective', key: 'sales/ghost' });
      }
    });
  });
});

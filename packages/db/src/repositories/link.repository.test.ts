import { describe, expect, it } from 'vitest';
import { type Link, objectiveId } from '@bearing/core';
import { forEachDialect } from '@bearing/testing/databases';
import { ConflictError, DuplicateKeyError, NotFoundError } from '../errors.ts';
import { saveStrategy } from '../strategy-store.ts';
import { ctx, freshWorkspace, richStrategy } from '../test-fixtures.ts';
import { listChanges } from './change.repository.ts';
import {
  createLink,
  deleteLink,
  getLink,
  linkKey,
  listLinks,
  updateLink,
} from './link.repository.ts';

forEachDialect(({ db }) => {
  async function seeded(): Promise<string> {
    const ws = await freshWorkspace(db().db);
    await saveStrategy(db().db, ws, richStrategy(), ctx());
    return ws;
  }
  const linkLog = async (ws: string) =>
    (await listChanges(db().db, ws, { entityType: 'link' })).map((c) => [c.operation, c.entityKey]);
  const reverse: Link = {
    from: objectiveId('quality'),
    to: objectiveId('qa-hours'),
    hypothesis: null,
    lag: null,
  };

  describe('links', () => {
    it('addresses a link by its two ends', async () => {
      const ws = await seeded();
      expect(await getLink(db().db, ws, 'corp', 'qa-hours', 'quality')).toEqual({
        ...richStrategy().scorecards[0]!.links[0]!,
        version: 1,
      });
      expect(await listLinks(db().db, ws, 'sales')).toEqual([
        { from: 'hire', to: 'sell-more', hypothesis: null, lag: null, version: 1 },
      ]);
      expect(linkKey('a', 'b')).toBe('a->b');
    });

    it('creates at the end and logs it under from->to', async () => {
      const ws = await seeded();
      expect(await createLink(db().db, ws, 'corp', reverse, ctx())).toEqual({
        ...reverse,
        version: 1,
      });
      expect((await listLinks(db().db, ws, 'corp')).map((l) => linkKey(l.from, l.to))).toEqual([
        'qa-hours->quality',
        'quality->qa-hours',
      ]);
      const log = await listChanges(db().db, ws, {
        entityType: 'link',
        entityKey: 'quality->qa-hours',
      });
      expect(log).toMatchObject([
        { operation: 'create', scorecard: 'corp', before: null, after: reverse },
      ]);
    });

    it('refuses a duplicate link, and a link to an objective that does not exist, logging nothing', async () => {
      const ws = await seeded();
      const before = await linkLog(ws);
      const duplicate = await createLink(
        db().db,
        ws,
        'corp',
        { ...reverse, from: objectiveId('qa-hours'), to: objectiveId('quality') },
        ctx(),
      ).catch((e: unknown) => e);
      expect(duplicate).toBeInstanceOf(DuplicateKeyError);
      expect(duplicate).toMatchObject({ entity: 'link', key: 'corp/qa-hours->quality' });
      await expect(
        createLink(db().db, ws, 'corp', { ...reverse, to: objectiveId('nope') }, ctx()),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await linkLog(ws)).toEqual(before);
    });

    it('updates lag and hypothesis but never the ends', async () => {
      const ws = await seeded();
      const updated = await updateLink(
        db().db,
        ws,
        'corp',
        'qa-hours',
        'quality',
        1,
        // A patch that tries to move an end: the ends are the link's identity.
        { lag: { count: 1, unit: 'quarter' }, hypothesis: null, ...({ to: 'qa-hours' } as object) },
        ctx(),
      );
      expect(updated).toEqual({
        from: 'qa-hours',
        to: 'quality',
        hypothesis: null,
        lag: { count: 1, unit: 'quarter' },
        version: 2,
      });
      expect(await getLink(db().db, ws, 'corp', 'qa-hours', 'quality')).toEqual(updated);
      const log = await listChanges(db().db, ws, {
        entityType: 'link',
        entityKey: 'qa-hours->quality',
      });
      expect(log.at(-1)).toMatchObject({
        operation: 'update',
        before: { lag: { count: 2, unit: 'month' }, version: 1 },
        after: { lag: { count: 1, unit: 'quarter' }, version: 2 },
      });
    });

    it('refuses a stale version on update and delete, logging nothing', async () => {
      const ws = await seeded();
      await updateLink(db().db, ws, 'corp', 'qa-hours', 'quality', 1, { hypothesis: 'h' }, ctx());
      const before = await linkLog(ws);
      const error = await updateLink(
        db().db,
        ws,
        'corp',
        'qa-hours',
        'quality',
        1,
        { hypothesis: 'x' },
        ctx(),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({
        key: 'corp/qa-hours->quality',
        current: { hypothesis: 'h', version: 2 },
      });
      await expect(
        deleteLink(db().db, ws, 'corp', 'qa-hours', 'quality', ctx(), 1),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await linkLog(ws)).toEqual(before);
    });

    it('deletes and logs the link as it was', async () => {
      const ws = await seeded();
      await deleteLink(db().db, ws, 'corp', 'qa-hours', 'quality', ctx(), 1);
      expect(await listLinks(db().db, ws, 'corp')).toEqual([]);
      const log = await listChanges(db().db, ws, {
        entityType: 'link',
        entityKey: 'qa-hours->quality',
      });
      expect(log.at(-1)).toMatchObject({
        operation: 'delete',
        before: richStrategy().scorecards[0]!.links[0]!,
        after: null,
      });
    });

    it('names the scorecard and both ends of a link that does not exist', async () => {
      const ws = await seeded();
      const before = await linkLog(ws);
      for (const attempt of [
        () => getLink(db().db, ws, 'corp', 'quality', 'qa-hours'),
        () => updateLink(db().db, ws, 'corp', 'quality', 'qa-hours', 1, { hypothesis: 'x' }, ctx()),
        () => deleteLink(db().db, ws, 'corp', 'quality', 'qa-hours', ctx()),
      ]) {
        const error = await attempt().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NotFoundError);
        expect(error).toMatchObject({ entity: 'link', key: 'corp/quality->qa-hours' });
      }
      expect(await linkLog(ws)).toEqual(before);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@bearing/testing/databases';
import { ConflictError, DuplicateKeyError, NotFoundError } from '../errors.ts';
import { ctx, freshWorkspace } from '../test-fixtures.ts';
import { listChanges } from './change.repository.ts';
import {
  createWorkspace,
  getWorkspace,
  listWorkspaces,
  lockWorkspace,
  updateWorkspace,
} from './workspace.repository.ts';

forEachDialect(({ db }) => {
  const workspaceLog = async (ws: string) =>
    (await listChanges(db().db, ws, { entityType: 'workspace' })).map((c) => c.operation);

  describe('workspaces', () => {
    it('creates with settings, reads it back and logs the creation', async () => {
      const key = `ws-create-${Math.random().toString(36).slice(2, 8)}`;
      const created = await createWorkspace(
        db().db,
        { key, name: 'Acme', organization: 'Acme Outdoor', settings: { lint: { off: ['x'] } } },
        ctx(),
      );
      expect(created).toEqual({
        key,
        name: 'Acme',
        organization: 'Acme Outdoor',
        settings: { lint: { off: ['x'] } },
        version: 1,
      });
      expect(await getWorkspace(db().db, key)).toEqual(created);
      expect((await listWorkspaces(db().db)).map((w) => w.key)).toContain(key);
      expect(await listChanges(db().db, key, { entityType: 'workspace' })).toMatchObject([
        { operation: 'create', scorecard: null, entityKey: key, before: null, after: created },
      ]);
    });

    it('reads no settings as an empty object', async () => {
      const ws = await freshWorkspace(db().db);
      expect(await getWorkspace(db().db, ws)).toMatchObject({ settings: {}, organization: null });
    });

    it('refuses a duplicate key', async () => {
      const ws = await freshWorkspace(db().db);
      const error = await createWorkspace(
        db().db,
        { key: ws, name: 'Again', organization: null },
        ctx(),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(error).toMatchObject({ entity: 'workspace', key: ws });
      expect(await getWorkspace(db().db, ws)).toMatchObject({ name: `Workspace ${ws}` });
      expect(await workspaceLog(ws)).toEqual(['create']);
    });

    it('updates with a version check and logs before and after', async () => {
      const ws = await freshWorkspace(db().db);
      const after = await updateWorkspace(
        db().db,
        ws,
        1,
        { name: 'Renamed', settings: { lint: null } },
        ctx('bob'),
      );
      expect(after).toMatchObject({
        key: ws,
        name: 'Renamed',
        settings: { lint: null },
        version: 2,
      });
      expect(await getWorkspace(db().db, ws)).toEqual(after);
      expect((await listChanges(db().db, ws, { entityType: 'workspace' })).at(-1)).toMatchObject({
        operation: 'update',
        actor: 'bob',
        before: { name: `Workspace ${ws}`, version: 1 },
        after: { name: 'Renamed', version: 2 },
      });
    });

    it('refuses a stale version with the current state and logs nothing', async () => {
      const ws = await freshWorkspace(db().db);
      await updateWorkspace(db().db, ws, 1, { name: 'First' }, ctx());
      const error = await updateWorkspace(db().db, ws, 1, { name: 'Second' }, ctx()).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({
        key: ws,
        expectedVersion: 1,
        current: { name: 'First', version: 2 },
      });
      expect(await workspaceLog(ws)).toEqual(['create', 'update']);
    });

    it('lockWorkspace leaves the version alone', async () => {
      const ws = await freshWorkspace(db().db);
      await db()
        .db.transaction()
        .execute((trx) => lockWorkspace(trx, ws));
      expect(await getWorkspace(db().db, ws)).toMatchObject({ version: 1 });
    });

    it('names the key of a workspace that does not exist', async () => {
      for (const attempt of [
        () => getWorkspace(db().db, 'ghost'),
        () => updateWorkspace(db().db, 'ghost', 1, { name: 'x' }, ctx()),
        () =>
          db()
            .db.transaction()
            .execute((trx) => lockWorkspace(trx, 'ghost')),
      ]) {
        const error = await attempt().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NotFoundError);
        expect(error).toMatchObject({ entity: 'workspace', key: 'ghost' });
        expect((error as Error).message).toContain('"ghost"');
      }
    });
  });
});

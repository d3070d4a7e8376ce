import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@bearing/testing/databases';
import { NotFoundError } from '../errors.ts';
import { freshWorkspace } from '../test-fixtures.ts';
import { createAccount } from './account.repository.ts';
import {
  findMembership,
  listMemberships,
  membershipsOf,
  putMembership,
  removeMembership,
} from './membership.repository.ts';

const NOW = new Date('2026-12-04T09:00:00.000Z');
const person = (db: Parameters<typeof createAccount>[0], name: string) =>
  createAccount(db, { email: `${name}-${randomBytes(3).toString('hex')}@example.com`, name }, NOW);

forEachDialect(({ db }) => {
  describe('memberships', () => {
    it('adds a member, then changes the role and limits it to scorecards', async () => {
      const ws = await freshWorkspace(db().db);
      const eve = await person(db().db, 'Eve');
      const added = await putMembership(
        db().db,
        { workspace: ws, accountId: eve.id, role: 'viewer', scorecards: null },
        NOW,
      );
      expect(added).toEqual({
        created: true,
        record: {
          workspace: ws,
          accountId: eve.id,
          email: eve.email,
          name: 'Eve',
          role: 'viewer',
          scorecards: null,
        },
      });
      const changed = await putMembership(
        db().db,
        { workspace: ws, accountId: eve.id, role: 'editor', scorecards: ['ops'] },
        NOW,
      );
      expect(changed.created).toBe(false);
      expect(changed.record).toMatchObject({ role: 'editor', scorecards: ['ops'] });
      expect(await listMemberships(db().db, ws)).toHaveLength(1);
    });

    it('lists the workspaces of an account and removes one membership', async () => {
      const [a, b] = [await freshWorkspace(db().db), await freshWorkspace(db().db)];
      const fay = await person(db().db, 'Fay');
      for (const ws of [a, b]) {
        await putMembership(
          db().db,
          { workspace: ws, accountId: fay.id, role: 'updater', scorecards: null },
          NOW,
        );
      }
      expect((await membershipsOf(db().db, fay.id)).map((m) => m.workspace).sort()).toEqual(
        [a, b].sort(),
      );
      expect(await removeMembership(db().db, a, fay.id)).toBe(true);
      expect(await removeMembership(db().db, a, fay.id)).toBe(false);
      expect(await findMembership(db().db, a, fay.id)).toBeUndefined();
      expect(await findMembership(db().db, b, fay.id)).toMatchObject({ role: 'updater' });
    });

    it('names an unknown workspace', async () => {
      const gil = await person(db().db, 'Gil');
      await expect(
        putMembership(
          db().db,
          { workspace: 'no-such-ws', accountId: gil.id, role: 'viewer', scorecards: null },
          NOW,
        ),
      ).rejects.toThrow(NotFoundError);
      await expect(listMemberships(db().db, 'no-such-ws')).rejects.toThrow(
        'workspace "no-such-ws" does not exist',
      );
    });
  });
});

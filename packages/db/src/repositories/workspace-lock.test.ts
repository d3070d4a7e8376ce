import { forEachDialect } from '@bearing/testing/databases';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.ts';
import { freshWorkspace } from '../test-fixtures.ts';
import { getWorkspace, lockWorkspace } from './workspace.repository.ts';

forEachDialect(({ db }) => {
  describe('lockWorkspace', () => {
    it('makes a second locker wait until the first transaction commits', async () => {
      const ws = await freshWorkspace(db().db);
      const order: string[] = [];
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked = () => {};
      const firstLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const first = db()
        .db.transaction()
        .execute(async (trx) => {
          await lockWorkspace(trx, ws);
          locked();
          await gate;
          order.push('first commits');
        });
      await firstLocked;
      const second = db()
        .db.transaction()
        .execute(async (trx) => {
          await lockWorkspace(trx, ws);
          order.push('second holds the lock');
        });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(order).toEqual([]);
      release();
      await Promise.all([first, second]);
      expect(order).toEqual(['first commits', 'second holds the lock']);
    });

    it('changes nothing, and refuses a workspace that does not exist', async () => {
      const ws = await freshWorkspace(db().db);
      await db()
        .db.transaction()
        .execute((trx) => lockWorkspace(trx, ws));
      expect(await getWorkspace(db().db, ws)).toMatchObject({ version: 1 });
      const missing = db()
        .db.transaction()
        .execute((trx) => lockWorkspace(trx, 'nope'));
      await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});

import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@bearing/testing/databases';
import { MIGRATIONS, migrateToLatest } from './migrator.ts';

/**
 * Every migration must also undo itself: an administrator who rolls a release back runs the
 * newest `down`, and the next start runs its `up` again. Checked on the newest migration, on
 * both engines, with the tables it creates.
 */
forEachDialect(({ db }) => {
  describe('the accounts migration', () => {
    it('goes down and up again, dropping and re-creating its tables and columns', async () => {
      const kysely = db().db;
      const tables = async () =>
        (await kysely.introspection.getTables())
          .map((t) => t.name)
          .filter((n) => !n.startsWith('kysely_'));
      const changeColumns = async () =>
        (await kysely.introspection.getTables())
          .find((t) => t.name === 'changes')!
          .columns.map((c) => c.name);
      expect(await tables()).toEqual(
        expect.arrayContaining(['accounts', 'memberships', 'sessions', 'api_tokens']),
      );

      const migrator = new Migrator({
        db: kysely,
        provider: { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) },
      });
      const down = await migrator.migrateDown();
      expect(down.error).toBeUndefined();
      expect(down.results?.[0]).toMatchObject({
        migrationName: '2026_12_04_000000_accounts',
        direction: 'Down',
      });
      expect(await tables()).not.toContain('accounts');
      expect(await changeColumns()).not.toContain('account_id');

      expect(await migrateToLatest(kysely)).toEqual(['2026_12_04_000000_accounts']);
      expect(await tables()).toEqual(expect.arrayContaining(['accounts', 'sign_in_attempts']));
      expect(await changeColumns()).toEqual(expect.arrayContaining(['account_id', 'token_id']));
    });
  });
});

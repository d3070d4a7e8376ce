import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@bearing/testing/databases';
import { MIGRATIONS, migrateToLatest } from './migrator.ts';

/**
 * Every migration must also undo itself: an administrator who rolls a release back runs the
 * `down` of what it added, and the next start runs the `up` again. So, on both engines: every
 * `down()` from the newest to the first, leaving no table of ours, then every `up()` again.
 */
forEachDialect(({ db }) => {
  describe('migrations', () => {
    it('all go down, newest first, and all come up again', async () => {
      const kysely = db().db;
      const tables = async () =>
        (await kysely.introspection.getTables())
          .map((t) => t.name)
          .filter((n) => !n.startsWith('kysely_'));
      const names = Object.keys(MIGRATIONS);
      const before = await tables();
      expect(before).toEqual(expect.arrayContaining(['workspaces', 'accounts', 'sessions']));

      const migrator = new Migrator({
        db: kysely,
        provider: { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) },
      });
      const undone: string[] = [];
      for (let step = 0; step < names.length; step++) {
        const { error, results } = await migrator.migrateDown();
        expect(error).toBeUndefined();
        undone.push(...(results ?? []).map((r) => r.migrationName));
      }
      expect(undone).toEqual([...names].reverse());
      expect(await tables()).toEqual([]);

      expect(await migrateToLatest(kysely)).toEqual(names);
      expect((await tables()).sort()).toEqual([...before].sort());
    });
  });
});

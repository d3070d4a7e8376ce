import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@bearing/testing/databases';
import { createDatabase, parseDatabaseUrl } from './create-db.ts';
import { migrateToLatest, migrationStatus } from './migrator.ts';

const MIGRATION_NAMES = [
  '2026_11_25_000000_initial',
  '2026_11_25_120000_workspace_revision',
  '2026_11_25_140000_map_layout',
  '2026_12_03_090000_kpi_formula',
  '2026_12_03_120000_change_batch',
  '2026_12_04_000000_accounts',
  '2026_12_05_000000_update_cycle',
];

describe('parseDatabaseUrl', () => {
  it.each([
    ['sqlite:./data/bearing.db', { dialect: 'sqlite', path: './data/bearing.db' }],
    ['sqlite::memory:', { dialect: 'sqlite', path: ':memory:' }],
    ['sqlite:///var/lib/bearing.db', { dialect: 'sqlite', path: '/var/lib/bearing.db' }],
    ['postgres://u:p@h:5432/db', { dialect: 'postgres', url: 'postgres://u:p@h:5432/db' }],
    ['postgresql://h/db', { dialect: 'postgres', url: 'postgresql://h/db' }],
  ])('reads %s', (url, expected) => {
    expect(parseDatabaseUrl(url)).toEqual(expected);
  });

  it('names the variable and the expected forms when it cannot read the URL', () => {
    expect(() => parseDatabaseUrl('mysql://x')).toThrow(
      /BEARING_DATABASE_URL.*sqlite:PATH.*postgres:\/\//,
    );
    expect(() => parseDatabaseUrl('sqlite:')).toThrow(/path is empty/);
  });
});

describe('createDatabase (SQLite)', () => {
  it('creates the parent folder and turns on WAL, foreign keys and a busy timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bearing-create-'));
    try {
      const file = join(dir, 'nested', 'deeper', 'bearing.db');
      const database = await createDatabase(`sqlite:${file}`);
      const pragma = async (name: string) =>
        (await sql<Record<string, unknown>>`${sql.raw(`pragma ${name}`)}`.execute(database.db))
          .rows[0];
      expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
      expect(await pragma('busy_timeout')).toEqual({ timeout: 5000 });
      await database.close();
      expect(existsSync(file)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens an in-memory database and migrates it', async () => {
    const database = await createDatabase('sqlite::memory:');
    expect(await migrateToLatest(database.db)).toEqual(MIGRATION_NAMES);
    await database.close();
  });
});

forEachDialect(({ db }) => {
  describe('migrations', () => {
    it('reports every migration as applied, and applies nothing the second time', async () => {
      const status = await migrationStatus(db().db);
      expect(status.map((m) => m.name)).toEqual(MIGRATION_NAMES);
      expect(status.every((m) => m.executedAt !== null)).toBe(true);
      expect(await migrateToLatest(db().db)).toEqual([]);
    });
  });
});

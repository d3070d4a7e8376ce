import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB, Database } from './database.ts';
import { BearingSqliteDialect } from './sqlite-dialect.ts';

export const DATABASE_URL_VARIABLE = 'BEARING_DATABASE_URL';
export const DEFAULT_DATABASE_URL = 'sqlite:./data/bearing.db';

const EXPECTED_FORMS =
  'sqlite:PATH (e.g. sqlite:./data/bearing.db), sqlite::memory:, or postgres://USER:PASSWORD@HOST:PORT/DATABASE';

export type ParsedDatabaseUrl =
  | { readonly dialect: 'sqlite'; readonly path: string }
  | { readonly dialect: 'postgres'; readonly url: string };

/** Reads `sqlite:PATH`, `sqlite::memory:` or `postgres://…` (also `postgresql://…`). */
export function parseDatabaseUrl(url: string): ParsedDatabaseUrl {
  const text = url.trim();
  if (text.startsWith('sqlite:')) {
    const path = text.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') throw new Error(invalid(url, 'the SQLite path is empty'));
    return { dialect: 'sqlite', path };
  }
  if (/^postgres(ql)?:\/\//.test(text)) return { dialect: 'postgres', url: text };
  throw new Error(invalid(url, 'unknown scheme'));
}

function invalid(url: string, why: string): string {
  return `invalid database URL "${url}" (--db or ${DATABASE_URL_VARIABLE}): ${why}. Expected ${EXPECTED_FORMS}.`;
}

/**
 * Opens a database. SQLite: creates the parent folder, WAL (readers never block the writer),
 * foreign keys on (off by default in SQLite), and a busy timeout so a second process waits for
 * the write lock instead of failing at once. PostgreSQL: a pg pool.
 */
export function createDatabase(url: string): Promise<Database> {
  const parsed = parseDatabaseUrl(url);
  return Promise.resolve(
    parsed.dialect === 'sqlite' ? openSqlite(url, parsed.path) : openPostgres(parsed.url),
  );
}

function openSqlite(url: string, path: string): Database {
  const memory = path === ':memory:';
  if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new SQLite(memory ? ':memory:' : path);
  if (!memory) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // WAL is crash-safe with NORMAL; FULL would fsync every commit for no gain in durability order.
  sqlite.pragma('synchronous = NORMAL');
  // 64 MB page cache (default 2 MB): big imports and whole-strategy reads stay in memory.
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<DB>({ dialect: new BearingSqliteDialect({ database: sqlite }) });
  // A relative path keeps meaning the same file for another connection (an import worker).
  const shared = memory ? null : `sqlite:${resolve(path)}`;
  return {
    db,
    dialect: 'sqlite',
    url: shared ?? url,
    shared: shared !== null,
    close: () => db.destroy(),
  };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', url, shared: true, close: () => db.destroy() };
}

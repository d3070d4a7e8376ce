import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, createDatabase, migrateToLatest } from '@bearing/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import {
  PG_URL_VARIABLE,
  type PgCluster,
  findPgBin,
  missingPgReason,
  startPgCluster,
} from './pg-global-setup.ts';

/** Every engine Bearing ships; storage tests run over each (habit 4: no SQL mocks). */
export const DIALECTS = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof DIALECTS)[number];

let fallbackCluster: Promise<PgCluster> | undefined;

/**
 * The admin URL of a PostgreSQL server for tests: the globalSetup's cluster, else
 * BEARING_TEST_PG_URL, else (config without the globalSetup) a cluster for this test file.
 */
async function pgAdminUrl(): Promise<string> {
  const provided = inject('bearingPgUrl') as string | undefined;
  if (provided) return provided;
  const given = process.env[PG_URL_VARIABLE];
  if (given) return given;
  const bin = findPgBin();
  if (bin === null) throw new Error(missingPgReason());
  fallbackCluster ??= startPgCluster(bin);
  return (await fallbackCluster).url;
}

/** Stops the per-file cluster, if this file had to start one. */
async function stopFallbackCluster(): Promise<void> {
  const cluster = fallbackCluster;
  fallbackCluster = undefined;
  if (cluster) (await cluster).stop();
}

/** Why the PostgreSQL suite cannot run here, or null. Throws under CI=true instead of skipping. */
export function postgresSkipReason(): string | null {
  const provided = inject('bearingPgSkipReason') as string | undefined;
  const reason =
    provided ?? (process.env[PG_URL_VARIABLE] || findPgBin() !== null ? '' : missingPgReason());
  if (reason === '') return null;
  if (process.env.CI === 'true')
    throw new Error(`CI=true requires the PostgreSQL suite: ${reason}`);
  return reason;
}

export interface TestDatabase extends Database {
  readonly url: string;
}

/** A fresh, migrated database: a temp SQLite file, or a new database on the test cluster. */
export async function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'bearing-sqlite-'));
    const url = `sqlite:${join(dir, 'test.db')}`;
    const database = await createDatabase(url);
    await migrateToLatest(database.db);
    return {
      ...database,
      url,
      close: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const admin = await pgAdminUrl();
  const name = `test_${randomBytes(6).toString('hex')}`;
  await withClient(admin, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = Object.assign(new URL(admin), { pathname: `/${name}` }).toString();
  const database = await createDatabase(url);
  await migrateToLatest(database.db);
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await withClient(admin, async (c) => {
        await waitForDisconnect(c, name);
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
    },
  };
}

/**
 * pg's pool.end() resolves before its sockets have closed; dropping the database at once would
 * kill those closing sessions, and their FATAL message surfaces as an unhandled error.
 */
async function waitForDisconnect(client: pg.Client, database: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1',
      [database],
    );
    if (Number(rows[0]?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface DialectContext {
  readonly dialect: TestDialect;
  /** The file's database for this dialect (valid inside tests and hooks). */
  readonly db: () => TestDatabase;
}

/**
 * Declares the suite once per dialect, each with its own fresh database for this test file.
 * PostgreSQL is skipped with the reason in its name when unavailable (never under CI=true).
 */
export function forEachDialect(suite: (context: DialectContext) => void): void {
  for (const dialect of DIALECTS) {
    const skip = dialect === 'postgres' ? postgresSkipReason() : null;
    const title = skip === null ? dialect : `${dialect} (skipped: ${skip})`;
    (skip === null ? describe : describe.skip)(title, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(dialect);
      }, 60_000);
      afterAll(async () => {
        await database?.close();
        if (dialect === 'postgres') await stopFallbackCluster();
      });
      suite({
        dialect,
        db: () => {
          if (!database) throw new Error(`the ${dialect} test database is not open yet`);
          return database;
        },
      });
    });
  }
}

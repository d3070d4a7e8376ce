import type { Database } from '@bearing/db';
import { sql } from 'kysely';

/**
 * What the kill -9 tests (import-crash, values-import-crash) compare before and after: everything
 * an import could touch, and whether an import's transaction is writing right now.
 */
const TABLES = [
  'workspaces',
  'scorecards',
  'perspectives',
  'objectives',
  'links',
  'kpis',
  'kpi_targets',
  'kpi_values',
  'initiatives',
  'changes',
] as const;

/** Everything an import could touch: row counts, the change log, the workspace row. */
export async function snapshot(database: Database): Promise<Record<string, unknown>> {
  const state: Record<string, unknown> = {};
  for (const table of TABLES) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    state[table] = Number(row.n);
  }
  state['changeIds'] = (
    await database.db.selectFrom('changes').select('id').orderBy('id').execute()
  ).map((r) => r.id);
  state['scorecardKeys'] = (
    await database.db.selectFrom('scorecards').select('key').orderBy('key').execute()
  ).map((r) => r.key);
  state['workspace'] = await database.db
    .selectFrom('workspaces')
    .selectAll()
    .where('key', '=', 'default')
    .executeTakeFirst();
  return state;
}

/** True while some other session holds an open write transaction on the database. */
export async function writerActive(probe: Database): Promise<boolean> {
  if (probe.dialect === 'postgres') {
    const { rows } = await sql<{ n: string | number }>`
      select count(*) as n from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid()
         and backend_xid is not null`.execute(probe.db);
    return Number(rows[0]?.n ?? 0) > 0;
  }
  // SQLite: the import holds the write lock (BEGIN IMMEDIATE); without waiting, ours fails.
  try {
    await sql`begin immediate`.execute(probe.db);
    await sql`rollback`.execute(probe.db);
    return false;
  } catch {
    return true;
  }
}

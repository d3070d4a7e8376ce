import { PostgresAdapter, sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { KpiValueTable } from '../tables/kpi-value.table.ts';
import { insertChunked } from './batch.ts';

const UNNEST_CHUNK = 50_000;

/**
 * Inserts many KPI values. On PostgreSQL each column goes as ONE array parameter through
 * `unnest` instead of a 30,000-parameter VALUES list: less to send, parse and plan (10–15 %
 * faster when measured; the rest is the server's own row, index and foreign-key work). SQLite
 * prepares multi-row statements cheaply and takes the portable path.
 */
export async function insertValuesBulk(
  trx: Executor,
  rows: readonly KpiValueTable[],
): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) {
    await insertChunked(trx, 'kpi_values', rows);
    return;
  }
  for (let i = 0; i < rows.length; i += UNNEST_CHUNK) {
    const chunk = rows.slice(i, i + UNNEST_CHUNK);
    const col = <K extends keyof KpiValueTable>(k: K) => chunk.map((r) => r[k]);
    await sql`
      insert into kpi_values (kpi_id, period, period_start, period_end, value, comment, author, updated_at, version)
      select * from unnest(
        ${col('kpi_id')}::text[], ${col('period')}::text[], ${col('period_start')}::integer[],
        ${col('period_end')}::integer[], ${col('value')}::double precision[], ${col('comment')}::text[],
        ${col('author')}::text[], ${col('updated_at')}::text[], ${col('version')}::integer[]
      )`.execute(trx);
  }
}

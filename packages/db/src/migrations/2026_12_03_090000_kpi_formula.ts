import type { Kysely } from 'kysely';

/**
 * Calculated KPIs: `kpis.formula` holds the formula of a KPI whose values come from other KPIs
 * (docs/scoring.md "Calculated KPIs"); NULL for a KPI whose values are entered. FROZEN once
 * released; add a new migration instead.
 *
 * No data moves: before this column the strategy file refused `formula`, so no stored KPI has one.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('kpis').addColumn('formula', 'text').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('kpis').dropColumn('formula').execute();
}

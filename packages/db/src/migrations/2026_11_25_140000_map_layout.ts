import type { Kysely } from 'kysely';

/**
 * Strategy-map layout: where a user dragged each objective on the map. FROZEN once released; add
 * a new migration instead.
 *
 * Presentation, not strategy: the rows are not in the change log, do not move the workspace
 * revision (scores do not depend on them) and are not part of the strategy file.
 *
 * Keyed by the objective's row id, which already names its workspace and scorecard (row ids are
 * unique across workspaces). The foreign key cascades, so a position goes away with its objective
 * however that happens: deleting the objective, its scorecard or workspace, an import with
 * replace, or undoing the objective's creation. A scorecard's layout is read through
 * `objectives (scorecard_id, …)`; the primary key serves the cascade.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('map_positions')
    .addColumn('objective_id', 'text', (c) =>
      c.primaryKey().references('objectives.id').onDelete('cascade'),
    )
    .addColumn('x', 'double precision', (c) => c.notNull())
    .addColumn('y', 'double precision', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('map_positions').execute();
}

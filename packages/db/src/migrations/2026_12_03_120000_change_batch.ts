import type { Kysely } from 'kysely';

/**
 * Edit batches: `changes.batch_id` names the one write (an edit batch, a single-entity write,
 * a revert) that logged the row, so a client can undo exactly what it did, never by time windows.
 * FROZEN once released; add a new migration instead.
 *
 * Rows logged before this column have no batch (NULL); each still reverts on its own. The index
 * serves "the changes of batch X" (revert of a batch, the ids a write answers with).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('changes').addColumn('batch_id', 'text').execute();
  await db.schema.createIndex('changes_batch_id').on('changes').column('batch_id').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex('changes_batch_id').execute();
  await db.schema.alterTable('changes').dropColumn('batch_id').execute();
}

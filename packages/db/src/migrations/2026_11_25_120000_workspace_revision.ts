import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Revisions, so a process can tell cheaply whether (and where) a workspace changed since it last
 * read it. FROZEN once released; add a new migration instead.
 *
 * - `workspaces.revision`: a counter that a trigger moves in the same transaction as every
 *   change-log row (every write appends one), from whichever process. One indexed read tells a
 *   per-process cache whether anything changed.
 * - `scorecard_revisions (workspace_id, scope, revision)`: the workspace revision at which each
 *   scorecard last changed (`scope` = the scorecard key), or `*` for changes that can move
 *   anything (the workspace itself, creating or deleting scorecards), so a cache reloads only the
 *   scorecards that changed.
 *
 * Why a counter and not the newest change id: change ids are generated when a row is inserted,
 * not when its transaction commits, so a long import can commit ids older than a small write
 * that committed before it; the newest id would not move and a cache would stay stale. The
 * counter is written by the committing transaction and, because bumping it locks the workspace
 * row until commit, revisions follow commit order per workspace.
 *
 * SQLite: a row trigger (writers are serialised by the database lock anyway). PostgreSQL: a
 * statement trigger over the inserted rows (a 5,000-row bulk write bumps once per statement).
 * It holds the workspace row's lock from the first logged write to commit, which orders writers
 * to one workspace as SQLite does for the whole file. The lock is FOR NO KEY UPDATE, so it does
 * not block the KEY SHARE locks that foreign-key checks take on the workspace row.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const SCOPE_OF = (c: string) => `CASE WHEN ${c}.scorecard_key IS NULL
  OR ${c}.entity_type IN ('workspace', 'scorecard') THEN '*' ELSE ${c}.scorecard_key END`;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable('workspaces')
    .addColumn('revision', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('scorecard_revisions')
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('revision', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('scorecard_revisions_pk', ['workspace_id', 'scope'])
    .execute();
  if (isPostgres(db)) {
    await sql`
      CREATE FUNCTION bearing_bump_workspace_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE workspaces SET revision = revision + 1
         WHERE id IN (SELECT DISTINCT workspace_id FROM inserted_changes);
        INSERT INTO scorecard_revisions (workspace_id, scope, revision)
          SELECT DISTINCT c.workspace_id, ${sql.raw(SCOPE_OF('c'))}, w.revision
            FROM inserted_changes c JOIN workspaces w ON w.id = c.workspace_id
          ON CONFLICT (workspace_id, scope) DO UPDATE SET revision = excluded.revision;
        RETURN NULL;
      END $$`.execute(db);
    await sql`
      CREATE TRIGGER changes_bump_workspace_revision
      AFTER INSERT ON changes REFERENCING NEW TABLE AS inserted_changes
      FOR EACH STATEMENT EXECUTE FUNCTION bearing_bump_workspace_revision()`.execute(db);
  } else {
    await sql`
      CREATE TRIGGER changes_bump_workspace_revision AFTER INSERT ON changes
      BEGIN
        UPDATE workspaces SET revision = revision + 1 WHERE id = NEW.workspace_id;
        INSERT INTO scorecard_revisions (workspace_id, scope, revision)
          VALUES (NEW.workspace_id, ${sql.raw(SCOPE_OF('NEW'))},
                  (SELECT revision FROM workspaces WHERE id = NEW.workspace_id))
          ON CONFLICT (workspace_id, scope) DO UPDATE SET revision = excluded.revision;
      END`.execute(db);
  }
}

export async function down(db: Db): Promise<void> {
  if (isPostgres(db)) {
    await sql`DROP TRIGGER IF EXISTS changes_bump_workspace_revision ON changes`.execute(db);
    await sql`DROP FUNCTION IF EXISTS bearing_bump_workspace_revision()`.execute(db);
  } else {
    await sql`DROP TRIGGER IF EXISTS changes_bump_workspace_revision`.execute(db);
  }
  await db.schema.dropTable('scorecard_revisions').execute();
  await db.schema.alterTable('workspaces').dropColumn('revision').execute();
}

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

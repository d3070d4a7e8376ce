import type { Executor } from '../database.ts';
import { inTransaction, type WriteContext } from '../context.ts';
import { ConflictError, DuplicateKeyError, NotFoundError, isUniqueViolation } from '../errors.ts';
import { newId } from '../ids.ts';
import type { CreateWorkspaceInput, Patch, WorkspaceFields, WorkspaceRecord } from '../records.ts';
import type { WorkspaceTable } from '../tables/workspace.table.ts';
import { appendChanges } from './change.repository.ts';

/** Settings are stored as JSON text; no settings as NULL. */
function settingsJson(settings: Readonly<Record<string, unknown>>): string | null {
  return Object.keys(settings).length === 0 ? null : JSON.stringify(settings);
}

function toRecord(row: WorkspaceTable): WorkspaceRecord {
  return {
    key: row.key,
    name: row.name,
    organization: row.organization,
    settings:
      row.settings_json === null ? {} : (JSON.parse(row.settings_json) as Record<string, unknown>),
    version: row.version,
  };
}

function fields(r: WorkspaceRecord): WorkspaceFields {
  return { key: r.key, name: r.name, organization: r.organization, settings: r.settings };
}

export async function getWorkspace(db: Executor, key: string): Promise<WorkspaceRecord> {
  const row = await db
    .selectFrom('workspaces')
    .selectAll()
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('workspace', key);
  return toRecord(row);
}

export async function listWorkspaces(db: Executor): Promise<WorkspaceRecord[]> {
  const rows = await db.selectFrom('workspaces').selectAll().orderBy('key').execute();
  return rows.map(toRecord);
}

export function createWorkspace(
  db: Executor,
  input: CreateWorkspaceInput,
  ctx: WriteContext,
): Promise<WorkspaceRecord> {
  return inTransaction(db, async (trx) => {
    const now = ctx.now.toISOString();
    const row: WorkspaceTable = {
      id: newId(),
      key: input.key,
      name: input.name,
      organization: input.organization,
      settings_json: settingsJson(input.settings ?? {}),
      version: 1,
      created_at: now,
      updated_at: now,
    };
    try {
      await trx.insertInto('workspaces').values(row).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateKeyError('workspace', input.key);
      throw error;
    }
    const created = toRecord(row);
    await appendChanges(
      trx,
      row.id,
      [
        {
          entityType: 'workspace',
          operation: 'create',
          scorecard: null,
          entityKey: input.key,
          before: null,
          after: created,
        },
      ],
      ctx,
    );
    return created;
  });
}

export function updateWorkspace(
  db: Executor,
  key: string,
  expectedVersion: number,
  patch: Patch<WorkspaceFields>,
  ctx: WriteContext,
): Promise<WorkspaceRecord> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('workspaces')
      .selectAll()
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('workspace', key);
    const before = toRecord(row);
    if (row.version !== expectedVersion) {
      throw new ConflictError('workspace', key, expectedVersion, before);
    }
    const after: WorkspaceRecord = { ...fields(before), ...patch, key, version: row.version + 1 };
    const result = await trx
      .updateTable('workspaces')
      .set({
        name: after.name,
        organization: after.organization,
        settings_json: settingsJson(after.settings),
        version: after.version,
        updated_at: ctx.now.toISOString(),
      })
      .where('id', '=', row.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) {
      throw new ConflictError('workspace', key, expectedVersion, await getWorkspace(trx, key));
    }
    await appendChanges(
      trx,
      row.id,
      [
        {
          entityType: 'workspace',
          operation: 'update',
          scorecard: null,
          entityKey: key,
          before,
          after,
        },
      ],
      ctx,
    );
    return after;
  });
}

/**
 * Holds one workspace for the rest of the transaction: a check that reads the whole workspace
 * (references, cycles) and the write it guards must not interleave with another such pair, or
 * two moves that are each fine could together close a cycle (write skew under PostgreSQL's read
 * committed). A no-op update takes the row lock on PostgreSQL; SQLite's write transactions
 * already hold the database's write lock. Call it first inside the transaction.
 */
export async function lockWorkspace(trx: Executor, key: string): Promise<void> {
  const result = await trx
    .updateTable('workspaces')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('key', '=', key)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new NotFoundError('workspace', key);
}

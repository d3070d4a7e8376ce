import type { Scorecard } from '@bearing/core';
import { sql } from 'kysely';
import type { Executor } from './database.ts';
import { workspaceIdOf } from './repositories/scope.ts';
import { readScorecards } from './repositories/tree-reader.ts';

/** Where a workspace stands: its row id (a re-created workspace gets a new one) and revision. */
export interface WorkspaceRevision {
  readonly workspaceId: string;
  /**
   * Moves forward in every transaction that commits a change-log row for the workspace (a
   * trigger, migration 2026_11_25_120000), in whichever process or order. As text: PostgreSQL
   * returns bigint as a string.
   */
  readonly revision: string;
}

/**
 * One primary-key-sized read (the unique index on `workspaces.key`): what a per-process cache
 * checks on every request to know whether another process wrote since it loaded. Null when the
 * workspace does not exist.
 */
export async function workspaceRevision(
  db: Executor,
  workspaceKey: string,
): Promise<WorkspaceRevision | null> {
  const { rows } = await sql<{ id: string; revision: string | number }>`
    select id, revision from workspaces where key = ${workspaceKey}`.execute(db);
  const row = rows[0];
  return row === undefined ? null : { workspaceId: row.id, revision: String(row.revision) };
}

/** `*` in `changedScorecards`: something changed that can move any scorecard; reload all. */
export const ALL_SCORECARDS = '*';

/**
 * Keys of the scorecards that changed after `sinceRevision` (committed later), or
 * `ALL_SCORECARDS` among them when the workspace itself or the set of scorecards changed.
 * Read it in the same snapshot as the data it is used to reload.
 */
export async function changedScorecards(
  db: Executor,
  workspaceId: string,
  sinceRevision: string,
): Promise<string[]> {
  const { rows } = await sql<{ scope: string }>`
    select scope from scorecard_revisions
     where workspace_id = ${workspaceId} and revision > ${Number(sinceRevision)}`.execute(db);
  return rows.map((r) => r.scope);
}

/** Whole scorecards by key, exactly as `loadStrategy` reads them (missing keys are left out). */
export async function loadScorecards(
  db: Executor,
  workspaceKey: string,
  keys: readonly string[],
): Promise<Scorecard[]> {
  if (keys.length === 0) return [];
  const workspaceId = await workspaceIdOf(db, workspaceKey);
  const rows = await db
    .selectFrom('scorecards')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('key', 'in', [...keys])
    .execute();
  if (rows.length === 0) return [];
  return readScorecards(db, { workspaceId, scorecardIds: rows.map((r) => r.id) });
}

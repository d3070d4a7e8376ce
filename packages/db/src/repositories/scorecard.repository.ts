import type { Scorecard } from '@bearing/core';
import { assertNoFormulaReads } from './kpi-index.repository.ts';
import type { Executor } from '../database.ts';
import { inTransaction, type WriteContext } from '../context.ts';
import { DuplicateKeyError, NotFoundError } from '../errors.ts';
import type { Patch, ScorecardFields, ScorecardRecord } from '../records.ts';
import type { ScorecardTable } from '../tables/scorecard.table.ts';
import { appendChanges, type ChangeInput } from './change.repository.ts';
import { scorecardColumns, scorecardFromRow } from './mappers.ts';
import { nextPosition, scorecardScope, workspaceIdOf } from './scope.ts';
import { readScorecards } from './tree-reader.ts';
import { TreeWriter } from './tree-writer.ts';
import { logDelete, versionedUpdate } from './versioned-write.ts';
import { checkVersion } from './versioning.ts';
import { detachContributors } from './objective-refs.ts';

const toRecord = (row: ScorecardTable): ScorecardRecord => ({
  ...scorecardFromRow(row),
  version: row.version,
});

async function row(db: Executor, workspaceKey: string, key: string): Promise<ScorecardTable> {
  const scope = await scorecardScope(db, workspaceKey, key);
  return db
    .selectFrom('scorecards')
    .selectAll()
    .where('id', '=', scope.scorecardId)
    .executeTakeFirstOrThrow();
}

export async function getScorecard(
  db: Executor,
  workspaceKey: string,
  key: string,
): Promise<ScorecardRecord> {
  return toRecord(await row(db, workspaceKey, key));
}

export async function listScorecards(
  db: Executor,
  workspaceKey: string,
): Promise<ScorecardRecord[]> {
  const workspaceId = await workspaceIdOf(db, workspaceKey);
  const rows = await db
    .selectFrom('scorecards')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .execute();
  return rows.map(toRecord);
}

/** A whole scorecard, with everything under it (for export and snapshots). */
export async function getScorecardTree(
  db: Executor,
  workspaceKey: string,
  key: string,
): Promise<Scorecard> {
  const scope = await scorecardScope(db, workspaceKey, key);
  const [tree] = await readScorecards(db, {
    workspaceId: scope.workspaceId,
    scorecardIds: [scope.scorecardId],
  });
  if (!tree) throw new NotFoundError('scorecard', key);
  return tree;
}

/**
 * Creates scorecards with everything under them, appended after the existing ones; one change
 * row per scorecard holds its full tree, so undoing the create removes all of it.
 */
export function createScorecards(
  db: Executor,
  workspaceKey: string,
  scorecards: readonly Scorecard[],
  ctx: WriteContext,
): Promise<ScorecardRecord[]> {
  return inTransaction(db, async (trx) => {
    const workspaceId = await workspaceIdOf(trx, workspaceKey);
    const keys = scorecards.map((s) => s.id);
    if (keys.length > 0) {
      const clash = await trx
        .selectFrom('scorecards')
        .select('key')
        .where('workspace_id', '=', workspaceId)
        .where('key', 'in', keys)
        .executeTakeFirst();
      if (clash)
        throw new DuplicateKeyError(
          'scorecard',
          clash.key,
          `workspace "${workspaceKey}" already has it`,
        );
    }
    const writer = new TreeWriter(workspaceId, ctx.actor, ctx.now.toISOString());
    const start = await nextPosition(trx, 'scorecards', 'workspace_id', workspaceId);
    for (const [i, s] of scorecards.entries()) writer.addScorecard(s, start + i);
    await writer.write(trx);
    await appendChanges(
      trx,
      workspaceId,
      scorecards.map((s): ChangeInput => ({
        entityType: 'scorecard',
        operation: 'create',
        scorecard: s.id,
        entityKey: s.id,
        before: null,
        after: s,
      })),
      ctx,
    );
    return scorecards.map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description,
      owner: s.owner,
      thresholds: s.thresholds,
      version: 1,
    }));
  });
}

export async function createScorecard(
  db: Executor,
  workspaceKey: string,
  scorecard: Scorecard,
  ctx: WriteContext,
): Promise<ScorecardRecord> {
  const [created] = await createScorecards(db, workspaceKey, [scorecard], ctx);
  if (!created) throw new Error('createScorecards returned nothing');
  return created;
}

export function updateScorecard(
  db: Executor,
  workspaceKey: string,
  key: string,
  expectedVersion: number,
  patch: Patch<ScorecardFields>,
  ctx: WriteContext,
): Promise<ScorecardRecord> {
  return inTransaction(db, async (trx) => {
    const current = await row(trx, workspaceKey, key);
    return versionedUpdate({
      trx,
      workspaceId: current.workspace_id,
      conflict: { entity: 'scorecard', key },
      target: { entityType: 'scorecard', scorecard: key, entityKey: key },
      before: toRecord(current),
      expectedVersion,
      patch,
      write: (after) =>
        trx
          .updateTable('scorecards')
          .set({
            ...scorecardColumns(after),
            version: after.version,
            updated_at: ctx.now.toISOString(),
          })
          .where('id', '=', current.id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst(),
      reload: () => getScorecard(trx, workspaceKey, key),
      ctx,
    });
  });
}

/**
 * Deletes a scorecard and everything under it. Objectives of other scorecards that contribute
 * to it lose that reference first, each logged as their own update, so history stays truthful.
 */
export function deleteScorecard(
  db: Executor,
  workspaceKey: string,
  key: string,
  ctx: WriteContext,
  expectedVersion?: number,
): Promise<void> {
  return inTransaction(db, async (trx) => {
    const current = await row(trx, workspaceKey, key);
    checkVersion('scorecard', key, toRecord(current), expectedVersion);
    await assertNoFormulaReads(trx, workspaceKey, 'scorecard', key, (s) => s === key);
    const [snapshot] = await readScorecards(trx, {
      workspaceId: current.workspace_id,
      scorecardIds: [current.id],
    });
    await detachContributors(trx, current.workspace_id, { scorecardId: current.id }, ctx);
    await trx.deleteFrom('scorecards').where('id', '=', current.id).execute();
    const target = { entityType: 'scorecard', scorecard: key, entityKey: key } as const;
    await logDelete(trx, current.workspace_id, target, snapshot ?? null, ctx);
  });
}

/** Deletes every scorecard of a workspace (an import with `replace`), one change row each. */
export function deleteAllScorecards(
  db: Executor,
  workspaceKey: string,
  ctx: WriteContext,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const workspaceId = await workspaceIdOf(trx, workspaceKey);
    const snapshots = await readScorecards(trx, { workspaceId });
    if (snapshots.length === 0) return 0;
    await trx.deleteFrom('scorecards').where('workspace_id', '=', workspaceId).execute();
    await appendChanges(
      trx,
      workspaceId,
      snapshots.map((s): ChangeInput => ({
        entityType: 'scorecard',
        operation: 'delete',
        scorecard: s.id,
        entityKey: s.id,
        before: s,
        after: null,
      })),
      ctx,
    );
    return snapshots.length;
  });
}

/** Keys of the scorecards a workspace already holds, in order. */
export async function scorecardKeys(db: Executor, workspaceKey: string): Promise<string[]> {
  return (await listScorecards(db, workspaceKey)).map((s) => s.id);
}

import {
  type Change,
  type Executor,
  type WriteContext,
  getChange,
  listBatchChangeIds,
  listChanges,
  newChangeBatchId,
  revertChange,
} from '@bearing/db';
import { ApiError } from '../errors.ts';
import { type EditOutcome, applyEdits } from './edits/apply-edits.service.ts';
import { isStrategyChange, revertEdits } from './edits/revert-edits.ts';

/**
 * Undoes one change of a workspace. The change id alone would do for storage, but access is
 * checked per workspace, so a change from another workspace must look like it does not exist.
 * @bearing/db does not expose a change's workspace yet; finding the change in this workspace's
 * log (filtered down to its entity and time) answers the same question without SQL here.
 */
export async function revertWorkspaceChange(
  db: Executor,
  workspace: string,
  changeId: string,
  ctx: WriteContext,
): Promise<EditOutcome> {
  const notFound = new ApiError(
    'NOT_FOUND',
    `change "${changeId}" does not exist in workspace "${workspace}"`,
    'params.changeId',
  );
  const change = await getChange(db, changeId).catch((error: unknown) => {
    throw (error as { code?: unknown }).code === 'NOT_FOUND' ? notFound : error;
  });
  const same = await listChanges(db, workspace, {
    entityType: change.entityType,
    entityKey: change.entityKey,
    since: new Date(change.at),
    ...(change.scorecard === null ? {} : { scorecard: change.scorecard }),
  });
  if (!same.some((c) => c.id === changeId)) throw notFound;
  return db.transaction().execute((trx) => revertChanges(trx, workspace, [change], ctx));
}

/** Undoes every change of one edit batch, as one new batch: all of it or none of it. */
export async function revertBatch(
  db: Executor,
  workspace: string,
  batch: string,
  ctx: WriteContext,
): Promise<EditOutcome> {
  const changes = await listChanges(db, workspace, { batch });
  if (changes.length === 0) {
    throw new ApiError(
      'NOT_FOUND',
      `edit batch "${batch}" made no changes in workspace "${workspace}"`,
      'params.batch',
    );
  }
  return db.transaction().execute((trx) => revertChanges(trx, workspace, changes, ctx));
}

/**
 * Newest first, so each undo finds the state its change left. Strategy changes become edits
 * and go through `applyEdits` (refused exactly when the same edit would be); value and
 * workspace changes are not part of the strategy file's structure and are restored as before.
 */
async function revertChanges(
  trx: Executor,
  workspace: string,
  changes: readonly Change[],
  ctx: WriteContext,
): Promise<EditOutcome> {
  const tagged = { ...ctx, batch: ctx.batch ?? newChangeBatchId() };
  const newestFirst = [...changes].reverse();
  const edits = [];
  for (const change of newestFirst.filter(isStrategyChange)) {
    edits.push(...(await revertEdits(trx, workspace, change)));
  }
  if (edits.length > 0) await applyEdits(trx, workspace, edits, tagged);
  for (const change of newestFirst.filter((c) => !isStrategyChange(c))) {
    await revertChange(trx, change.id, tagged);
  }
  return { batch: tagged.batch, changes: await listBatchChangeIds(trx, tagged.batch) };
}

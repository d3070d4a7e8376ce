import {
  type Executor,
  type WriteContext,
  getChange,
  listChanges,
  revertChange,
} from '@bearing/db';
import { ApiError } from '../errors.ts';

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
): Promise<void> {
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
  await revertChange(db, changeId, ctx);
}

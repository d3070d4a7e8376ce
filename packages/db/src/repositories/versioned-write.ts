import type { UpdateResult } from 'kysely';
import type { Executor } from '../database.ts';
import type { WriteContext } from '../context.ts';
import { appendChanges, type ChangeInput } from './change.repository.ts';
import { applyPatch, checkUpdated, checkVersion } from './versioning.ts';

/** Which entity a change-log row describes. */
export type ChangeTarget = Pick<ChangeInput, 'entityType' | 'scorecard' | 'entityKey'>;

/** Logs an `update` of one entity. Call it inside the transaction of the write. */
export function logUpdate(
  trx: Executor,
  workspaceId: string,
  target: ChangeTarget,
  before: unknown,
  after: unknown,
  ctx: WriteContext,
): Promise<void> {
  return appendChanges(trx, workspaceId, [{ ...target, operation: 'update', before, after }], ctx);
}

/** Logs a `delete` of one entity. Call it inside the transaction of the write. */
export function logDelete(
  trx: Executor,
  workspaceId: string,
  target: ChangeTarget,
  before: unknown,
  ctx: WriteContext,
): Promise<void> {
  return appendChanges(
    trx,
    workspaceId,
    [{ ...target, operation: 'delete', before, after: null }],
    ctx,
  );
}

export interface VersionedUpdate<R extends { readonly version: number }> {
  readonly trx: Executor;
  readonly workspaceId: string;
  /** Entity name and key as a `ConflictError` reports them. */
  readonly conflict: { readonly entity: string; readonly key: string };
  /** What the change-log row records. */
  readonly target: ChangeTarget;
  readonly before: R;
  readonly expectedVersion: number;
  readonly patch: Partial<NoInfer<R>>;
  /** Writes `after`, guarded by `WHERE version = expectedVersion`. */
  readonly write: (after: R) => Promise<UpdateResult>;
  /** The current state, for the conflict when the guarded write touched nothing. */
  readonly reload: () => Promise<unknown>;
  /** Extra writes once the row is updated, before the change is logged. */
  readonly afterWrite?: (() => Promise<void>) | undefined;
  readonly ctx: WriteContext;
}

/**
 * The optimistic-locking update: check the version, write the patched record with the version
 * bumped, detect a concurrent writer, then log the change. Returns the record as written.
 */
export async function versionedUpdate<R extends { readonly version: number }>(
  u: VersionedUpdate<R>,
): Promise<R> {
  checkVersion(u.conflict.entity, u.conflict.key, u.before, u.expectedVersion);
  const after: R = { ...applyPatch(u.before, u.patch), version: u.before.version + 1 };
  const result = await u.write(after);
  await checkUpdated(result, u.conflict.entity, u.conflict.key, u.expectedVersion, u.reload);
  if (u.afterWrite) await u.afterWrite();
  await logUpdate(u.trx, u.workspaceId, u.target, u.before, after, u.ctx);
  return after;
}

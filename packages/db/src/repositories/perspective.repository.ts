import type { Perspective } from '@bearing/core';
import type { Executor } from '../database.ts';
import { inTransaction, type WriteContext } from '../context.ts';
import { DuplicateKeyError, InUseError, NotFoundError, isUniqueViolation } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Patch, PerspectiveRecord } from '../records.ts';
import type { PerspectiveTable } from '../tables/perspective.table.ts';
import { appendChanges } from './change.repository.ts';
import { auditColumns, perspectiveColumns, perspectiveFromRow } from './mappers.ts';
import { type ScorecardScope, nextPosition, scorecardScope } from './scope.ts';
import { logDelete, versionedUpdate } from './versioned-write.ts';
import { checkVersion, omit } from './versioning.ts';

const toRecord = (row: PerspectiveTable): PerspectiveRecord => ({
  ...perspectiveFromRow(row),
  version: row.version,
});

async function row(db: Executor, scope: ScorecardScope, key: string): Promise<PerspectiveTable> {
  const found = await db
    .selectFrom('perspectives')
    .selectAll()
    .where('scorecard_id', '=', scope.scorecardId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!found) throw new NotFoundError('perspective', `${scope.scorecardKey}/${key}`);
  return found;
}

export async function getPerspective(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  key: string,
): Promise<PerspectiveRecord> {
  return toRecord(await row(db, await scorecardScope(db, workspaceKey, scorecardKey), key));
}

export async function listPerspectives(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
): Promise<PerspectiveRecord[]> {
  const scope = await scorecardScope(db, workspaceKey, scorecardKey);
  const rows = await db
    .selectFrom('perspectives')
    .selectAll()
    .where('scorecard_id', '=', scope.scorecardId)
    .orderBy('position')
    .execute();
  return rows.map(toRecord);
}

export function createPerspective(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  perspective: Perspective,
  ctx: WriteContext,
): Promise<PerspectiveRecord> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const position = await nextPosition(trx, 'perspectives', 'scorecard_id', scope.scorecardId);
    try {
      await trx
        .insertInto('perspectives')
        .values({
          id: newId(),
          scorecard_id: scope.scorecardId,
          position,
          ...perspectiveColumns(perspective),
          ...auditColumns(ctx.now.toISOString()),
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DuplicateKeyError('perspective', `${scorecardKey}/${perspective.id}`);
      throw error;
    }
    await appendChanges(
      trx,
      scope.workspaceId,
      [
        {
          entityType: 'perspective',
          operation: 'create',
          scorecard: scorecardKey,
          entityKey: perspective.id,
          before: null,
          after: perspective,
        },
      ],
      ctx,
    );
    return { ...perspective, version: 1 };
  });
}

export function updatePerspective(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  key: string,
  expectedVersion: number,
  patch: Patch<Perspective>,
  ctx: WriteContext,
): Promise<PerspectiveRecord> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const current = await row(trx, scope, key);
    return versionedUpdate({
      trx,
      workspaceId: scope.workspaceId,
      conflict: { entity: 'perspective', key: `${scorecardKey}/${key}` },
      target: { entityType: 'perspective', scorecard: scorecardKey, entityKey: key },
      before: toRecord(current),
      expectedVersion,
      patch,
      write: (after) =>
        trx
          .updateTable('perspectives')
          .set({
            ...perspectiveColumns(after),
            version: after.version,
            updated_at: ctx.now.toISOString(),
          })
          .where('id', '=', current.id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst(),
      reload: async () => toRecord(await row(trx, scope, key)),
      ctx,
    });
  });
}

/** Refuses (IN_USE) while objectives sit in the perspective: move or delete them first. */
export function deletePerspective(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  key: string,
  ctx: WriteContext,
  expectedVersion?: number,
): Promise<void> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const current = await row(trx, scope, key);
    const before = toRecord(current);
    checkVersion('perspective', `${scorecardKey}/${key}`, before, expectedVersion);
    const users = await trx
      .selectFrom('objectives')
      .select('key')
      .where('perspective_id', '=', current.id)
      .orderBy('position')
      .execute();
    if (users.length > 0)
      throw new InUseError(
        'perspective',
        `${scorecardKey}/${key}`,
        users.map((u) => `objective ${u.key}`),
      );
    await trx.deleteFrom('perspectives').where('id', '=', current.id).execute();
    const target = { entityType: 'perspective', scorecard: scorecardKey, entityKey: key } as const;
    await logDelete(trx, scope.workspaceId, target, omit(before, 'version'), ctx);
  });
}

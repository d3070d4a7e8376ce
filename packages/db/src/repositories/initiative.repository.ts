import { type Initiative, objectiveId } from '@bearing/core';
import type { Executor } from '../database.ts';
import { inTransaction, type WriteContext } from '../context.ts';
import { DuplicateKeyError, NotFoundError, isUniqueViolation } from '../errors.ts';
import { newId } from '../ids.ts';
import type { InitiativeFields, InitiativeRecord, Patch } from '../records.ts';
import { appendChanges } from './change.repository.ts';
import { auditColumns, initiativeColumns, initiativeFromRow } from './mappers.ts';
import { type ScorecardScope, nextPosition, objectiveIdOf, scorecardScope } from './scope.ts';
import { logDelete, versionedUpdate } from './versioned-write.ts';
import { checkVersion, omit } from './versioning.ts';

async function records(
  db: Executor,
  scope: ScorecardScope,
  where: { key?: string; objective?: string },
) {
  let q = db
    .selectFrom('initiatives')
    .innerJoin('objectives', 'objectives.id', 'initiatives.objective_id')
    .selectAll('initiatives')
    .select('objectives.key as objectiveKey')
    .where('initiatives.scorecard_id', '=', scope.scorecardId);
  if (where.key !== undefined) q = q.where('initiatives.key', '=', where.key);
  if (where.objective !== undefined) q = q.where('objectives.key', '=', where.objective);
  const rows = await q.orderBy('objectives.position').orderBy('initiatives.position').execute();
  return rows.map((r) => ({
    rowId: r.id,
    record: {
      ...initiativeFromRow(r),
      objective: objectiveId(r.objectiveKey),
      version: r.version,
    } satisfies InitiativeRecord,
  }));
}

async function load(db: Executor, scope: ScorecardScope, key: string) {
  const [found] = await records(db, scope, { key });
  if (!found) throw new NotFoundError('initiative', `${scope.scorecardKey}/${key}`);
  return found;
}

export async function getInitiative(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  key: string,
): Promise<InitiativeRecord> {
  return (await load(db, await scorecardScope(db, workspaceKey, scorecardKey), key)).record;
}

export async function listInitiatives(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  objectiveKey?: string,
): Promise<InitiativeRecord[]> {
  const scope = await scorecardScope(db, workspaceKey, scorecardKey);
  return (
    await records(db, scope, objectiveKey === undefined ? {} : { objective: objectiveKey })
  ).map((r) => r.record);
}

export function createInitiative(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  objectiveKey: string,
  initiative: Initiative,
  ctx: WriteContext,
): Promise<InitiativeRecord> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const objectiveRowId = await objectiveIdOf(trx, scope, objectiveKey);
    const position = await nextPosition(trx, 'initiatives', 'scorecard_id', scope.scorecardId);
    try {
      await trx
        .insertInto('initiatives')
        .values({
          id: newId(),
          scorecard_id: scope.scorecardId,
          objective_id: objectiveRowId,
          position,
          ...initiativeColumns(initiative),
          ...auditColumns(ctx.now.toISOString()),
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DuplicateKeyError('initiative', `${scorecardKey}/${initiative.id}`);
      throw error;
    }
    const after: InitiativeFields = { ...initiative, objective: objectiveId(objectiveKey) };
    await appendChanges(
      trx,
      scope.workspaceId,
      [
        {
          entityType: 'initiative',
          operation: 'create',
          scorecard: scorecardKey,
          entityKey: initiative.id,
          before: null,
          after,
        },
      ],
      ctx,
    );
    return { ...after, version: 1 };
  });
}

export function updateInitiative(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  key: string,
  expectedVersion: number,
  patch: Patch<InitiativeFields>,
  ctx: WriteContext,
): Promise<InitiativeRecord> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const { rowId, record: before } = await load(trx, scope, key);
    return versionedUpdate({
      trx,
      workspaceId: scope.workspaceId,
      conflict: { entity: 'initiative', key: `${scorecardKey}/${key}` },
      target: { entityType: 'initiative', scorecard: scorecardKey, entityKey: key },
      before,
      expectedVersion,
      patch,
      write: async (after) =>
        trx
          .updateTable('initiatives')
          .set({
            ...initiativeColumns(after),
            objective_id: await objectiveIdOf(trx, scope, after.objective),
            version: after.version,
            updated_at: ctx.now.toISOString(),
          })
          .where('id', '=', rowId)
          .where('version', '=', expectedVersion)
          .executeTakeFirst(),
      reload: async () => (await load(trx, scope, key)).record,
      ctx,
    });
  });
}

export function deleteInitiative(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  key: string,
  ctx: WriteContext,
  expectedVersion?: number,
): Promise<void> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const { rowId, record } = await load(trx, scope, key);
    checkVersion('initiative', `${scorecardKey}/${key}`, record, expectedVersion);
    const before = omit(record, 'version');
    await trx.deleteFrom('initiatives').where('id', '=', rowId).execute();
    const target = { entityType: 'initiative', scorecard: scorecardKey, entityKey: key } as const;
    await logDelete(trx, scope.workspaceId, target, before, ctx);
  });
}

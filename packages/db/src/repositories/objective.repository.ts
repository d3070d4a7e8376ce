import type { Link, Objective, ObjectiveRef } from '@bearing/core';
import type { Executor } from '../database.ts';
import { inTransaction, type WriteContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import type { ObjectiveFields, ObjectiveRecord, ObjectiveSnapshot, Patch } from '../records.ts';
import { appendChanges } from './change.repository.ts';
import { objectiveColumns } from './mappers.ts';
import { detachContributors, objectiveRecords } from './objective-refs.ts';
import {
  type ScorecardScope,
  nextPosition,
  objectiveIdOf,
  perspectiveIdOf,
  scorecardScope,
  workspaceIdOf,
} from './scope.ts';
import { readObjective } from './tree-reader.ts';
import { assertNoFormulaReads } from './kpi-index.repository.ts';
import { TreeWriter } from './tree-writer.ts';
import { logDelete, versionedUpdate } from './versioned-write.ts';
import { checkVersion } from './versioning.ts';

const strip = <T extends { rowId: string; scorecardKey: string }>({
  rowId: _r,
  scorecardKey: _s,
  ...rest
}: T) => rest;

async function load(db: Executor, scope: ScorecardScope, key: string) {
  const rowId = await objectiveIdOf(db, scope, key);
  const [record] = await objectiveRecords(db, { ids: [rowId] });
  if (!record) throw new NotFoundError('objective', `${scope.scorecardKey}/${key}`);
  return record;
}

export async function getObjective(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  key: string,
): Promise<ObjectiveRecord> {
  return strip(await load(db, await scorecardScope(db, workspaceKey, scorecardKey), key));
}

export async function listObjectives(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
): Promise<ObjectiveRecord[]> {
  const scope = await scorecardScope(db, workspaceKey, scorecardKey);
  return (await objectiveRecords(db, { scorecardId: scope.scorecardId })).map(strip);
}

/**
 * Every objective of a workspace, scorecard by scorecard, with the key of its scorecard: the
 * roll-up graph (parent, contributesTo) in one query, without KPIs or values, for checks that
 * span scorecards (cycles through cascades).
 */
export async function listWorkspaceObjectives(
  db: Executor,
  workspaceKey: string,
): Promise<(ObjectiveRecord & { readonly scorecard: string })[]> {
  const workspaceId = await workspaceIdOf(db, workspaceKey);
  return (await objectiveRecords(db, { workspaceId })).map((r) => ({
    ...strip(r),
    scorecard: r.scorecardKey,
  }));
}

/**
 * Creates an objective with its KPIs and initiatives at the end of the scorecard, plus `links`
 * that touch it (undo of a delete passes the links it removed).
 */
export function createObjective(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  objective: Objective,
  ctx: WriteContext,
  links: readonly Link[] = [],
): Promise<ObjectiveRecord> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const writer = new TreeWriter(scope.workspaceId, ctx.actor, ctx.now.toISOString());
    writer.addObjective(
      scope.scorecardId,
      scorecardKey,
      objective,
      await nextPosition(trx, 'objectives', 'scorecard_id', scope.scorecardId),
    );
    const linkStart = await nextPosition(trx, 'links', 'scorecard_id', scope.scorecardId);
    for (const [i, l] of links.entries())
      writer.addLink(scope.scorecardId, scorecardKey, l, linkStart + i);
    await writer.write(trx);
    const after: ObjectiveSnapshot = { ...objective, links };
    await appendChanges(
      trx,
      scope.workspaceId,
      [
        {
          entityType: 'objective',
          operation: 'create',
          scorecard: scorecardKey,
          entityKey: objective.id,
          before: null,
          after,
        },
      ],
      ctx,
    );
    return strip(await load(trx, scope, objective.id));
  });
}

async function refColumns(
  trx: Executor,
  scope: ScorecardScope,
  workspaceKey: string,
  o: ObjectiveFields,
) {
  const target = async (ref: ObjectiveRef) =>
    objectiveIdOf(trx, await scorecardScope(trx, workspaceKey, ref.scorecard), ref.objective);
  return {
    perspective_id: await perspectiveIdOf(trx, scope, o.perspective),
    parent_id: o.parent === null ? null : await objectiveIdOf(trx, scope, o.parent),
    contributes_to_id: o.contributesTo === null ? null : await target(o.contributesTo),
  };
}

export function updateObjective(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  key: string,
  expectedVersion: number,
  patch: Patch<ObjectiveFields>,
  ctx: WriteContext,
): Promise<ObjectiveRecord> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const loaded = await load(trx, scope, key);
    const { rowId } = loaded;
    return versionedUpdate({
      trx,
      workspaceId: scope.workspaceId,
      conflict: { entity: 'objective', key: `${scorecardKey}/${key}` },
      target: { entityType: 'objective', scorecard: scorecardKey, entityKey: key },
      before: strip(loaded),
      expectedVersion,
      patch,
      write: async (after) =>
        trx
          .updateTable('objectives')
          .set({
            ...objectiveColumns(after),
            ...(await refColumns(trx, scope, workspaceKey, after)),
            version: after.version,
            updated_at: ctx.now.toISOString(),
          })
          .where('id', '=', rowId)
          .where('version', '=', expectedVersion)
          .executeTakeFirst(),
      reload: async () => strip(await load(trx, scope, key)),
      ctx,
    });
  });
}

/**
 * Deletes an objective with its KPIs, values, initiatives and links. Sub-objectives and
 * contributors elsewhere keep existing but lose the reference (logged as their own updates).
 */
export function deleteObjective(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  key: string,
  ctx: WriteContext,
  expectedVersion?: number,
): Promise<void> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const loaded = await load(trx, scope, key);
    const { rowId } = loaded;
    const record = strip(loaded);
    checkVersion('objective', `${scorecardKey}/${key}`, record, expectedVersion);
    const tree = await readObjective(trx, scope.workspaceId, rowId);
    const gone = new Set<string>(tree?.objective.kpis.map((k) => k.id) ?? []);
    await assertNoFormulaReads(trx, workspaceKey, 'objective', `${scorecardKey}/${key}`, (s, k) => {
      return s === scorecardKey && gone.has(k);
    });
    await detachContributors(trx, scope.workspaceId, { objectiveId: rowId }, ctx);
    await trx.deleteFrom('objectives').where('id', '=', rowId).execute();
    const before: ObjectiveSnapshot | null = tree ? { ...tree.objective, links: tree.links } : null;
    const target = { entityType: 'objective', scorecard: scorecardKey, entityKey: key } as const;
    await logDelete(trx, scope.workspaceId, target, before, ctx);
  });
}

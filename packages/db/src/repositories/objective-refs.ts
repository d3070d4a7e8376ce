import type { Executor } from '../database.ts';
import type { WriteContext } from '../context.ts';
import type { ObjectiveRecord } from '../records.ts';
import { appendChanges, type ChangeInput } from './change.repository.ts';
import { objectiveFromRow } from './mappers.ts';

/** Reads objectives as records, their references resolved to keys. */
export async function objectiveRecords(
  db: Executor,
  where: { ids: readonly string[] } | { scorecardId: string } | { workspaceId: string },
): Promise<(ObjectiveRecord & { rowId: string; scorecardKey: string })[]> {
  let q = db
    .selectFrom('objectives as o')
    .innerJoin('scorecards as s', 's.id', 'o.scorecard_id')
    .innerJoin('perspectives as p', 'p.id', 'o.perspective_id')
    .leftJoin('objectives as parent', 'parent.id', 'o.parent_id')
    .leftJoin('objectives as target', 'target.id', 'o.contributes_to_id')
    .leftJoin('scorecards as ts', 'ts.id', 'target.scorecard_id')
    .selectAll('o')
    .select([
      's.key as scorecardKey',
      'p.key as perspectiveKey',
      'parent.key as parentKey',
      'target.key as targetKey',
      'ts.key as targetScorecardKey',
    ]);
  if ('ids' in where) {
    if (where.ids.length === 0) return [];
    q = q.where('o.id', 'in', [...where.ids]);
  } else if ('scorecardId' in where) {
    q = q.where('o.scorecard_id', '=', where.scorecardId);
  } else {
    q = q.where('s.workspace_id', '=', where.workspaceId).orderBy('s.position');
  }
  const rows = await q.orderBy('o.position').execute();
  return rows.map((r) => ({
    ...objectiveFromRow(r, {
      perspective: r.perspectiveKey,
      parent: r.parentKey,
      contributesTo:
        r.targetKey === null || r.targetScorecardKey === null
          ? null
          : { scorecard: r.targetScorecardKey, objective: r.targetKey },
    }),
    version: r.version,
    rowId: r.id,
    scorecardKey: r.scorecardKey,
  }));
}

/**
 * Before a delete: objectives outside what is deleted that point into it (as sub-objective or
 * by contributesTo) drop that reference. Each is an update of its own, versioned and logged,
 * rather than a silent ON DELETE SET NULL, so history shows it and it can be undone.
 */
export async function detachContributors(
  trx: Executor,
  workspaceId: string,
  target: { scorecardId: string } | { objectiveId: string },
  ctx: WriteContext,
): Promise<void> {
  const inside = (column: 'o.parent_id' | 'o.contributes_to_id') =>
    'scorecardId' in target
      ? trx
          .selectFrom('objectives as o')
          .innerJoin('objectives as t', 't.id', column)
          .select('o.id')
          .where('t.scorecard_id', '=', target.scorecardId)
          .where('o.scorecard_id', '!=', target.scorecardId)
      : trx.selectFrom('objectives as o').select('o.id').where(column, '=', target.objectiveId);
  const [parents, contributors] = await Promise.all([
    inside('o.parent_id').execute(),
    inside('o.contributes_to_id').execute(),
  ]);
  const ids = new Set([...parents, ...contributors].map((r) => r.id));
  if (ids.size === 0) return;
  const records = await objectiveRecords(trx, { ids: [...ids] });
  const parentIds = new Set(parents.map((r) => r.id));
  const contributorIds = new Set(contributors.map((r) => r.id));
  const changes: ChangeInput[] = [];
  for (const { rowId, scorecardKey, ...before } of records) {
    const after = {
      ...before,
      parent: parentIds.has(rowId) ? null : before.parent,
      contributesTo: contributorIds.has(rowId) ? null : before.contributesTo,
      version: before.version + 1,
    };
    await trx
      .updateTable('objectives')
      .set({
        ...(parentIds.has(rowId) ? { parent_id: null } : {}),
        ...(contributorIds.has(rowId) ? { contributes_to_id: null } : {}),
        version: after.version,
        updated_at: ctx.now.toISOString(),
      })
      .where('id', '=', rowId)
      .execute();
    changes.push({
      entityType: 'objective',
      operation: 'update',
      scorecard: scorecardKey,
      entityKey: before.id,
      before,
      after,
    });
  }
  await appendChanges(trx, workspaceId, changes, ctx);
}

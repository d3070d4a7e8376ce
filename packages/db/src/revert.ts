import type { Initiative, Link, Perspective, Scorecard } from '@bearing/core';
import type { Executor } from './database.ts';
import { inTransaction, type WriteContext } from './context.ts';
import type {
  InitiativeFields,
  KpiFields,
  KpiSnapshot,
  ObjectiveFields,
  ObjectiveSnapshot,
  ScorecardFields,
  WorkspaceFields,
} from './records.ts';
import { type Change, getChangeRow, toChange } from './repositories/change.repository.ts';
import {
  createInitiative,
  deleteInitiative,
  getInitiative,
  updateInitiative,
} from './repositories/initiative.repository.ts';
import { createKpi, deleteKpi, getKpi, updateKpi } from './repositories/kpi.repository.ts';
import { deleteValue, upsertValue } from './repositories/kpi-value.repository.ts';
import { createLink, deleteLink, getLink, updateLink } from './repositories/link.repository.ts';
import {
  createObjective,
  deleteObjective,
  getObjective,
  listObjectives,
  updateObjective,
} from './repositories/objective.repository.ts';
import {
  createPerspective,
  deletePerspective,
  getPerspective,
  updatePerspective,
} from './repositories/perspective.repository.ts';
import {
  createScorecard,
  deleteScorecard,
  getScorecard,
  updateScorecard,
} from './repositories/scorecard.repository.ts';
import { getWorkspace, updateWorkspace } from './repositories/workspace.repository.ts';

/** Drops what an update must not touch: the address and the version. */
function fieldsOf<T extends object>(record: T): Partial<T> {
  const address = new Set(['id', 'key', 'version', 'from', 'to']);
  return Object.fromEntries(Object.entries(record).filter(([k]) => !address.has(k))) as Partial<T>;
}

/**
 * Undoes one change by restoring its `before` state: a create is deleted, an update is set back
 * (over whatever version is current: the user asked for that earlier state), a delete is
 * re-created with everything it held. The undo goes through the repositories, so it is itself
 * versioned and logged. Restored entities go to the end of their lists.
 */
export function revertChange(db: Executor, changeId: string, ctx: WriteContext): Promise<void> {
  return inTransaction(db, async (trx) => {
    const row = await getChangeRow(trx, changeId);
    const workspace = await trx
      .selectFrom('workspaces')
      .select('key')
      .where('id', '=', row.workspace_id)
      .executeTakeFirstOrThrow();
    const change = toChange(row);
    if (change.operation === 'create') return undoCreate(trx, workspace.key, change, ctx);
    if (change.operation === 'update') return undoUpdate(trx, workspace.key, change, ctx);
    return undoDelete(trx, workspace.key, change, ctx);
  });
}

function scorecardOf(change: Change): string {
  if (change.scorecard === null) throw new Error(`change ${change.id} names no scorecard`);
  return change.scorecard;
}

async function undoCreate(
  trx: Executor,
  ws: string,
  change: Change,
  ctx: WriteContext,
): Promise<void> {
  const sc = change.scorecard ?? '';
  const key = change.entityKey;
  switch (change.entityType) {
    case 'workspace':
      throw new Error('a workspace cannot be deleted by undo');
    case 'scorecard':
      return deleteScorecard(trx, ws, key, ctx);
    case 'perspective':
      return deletePerspective(trx, ws, sc, key, ctx);
    case 'objective':
      return deleteObjective(trx, ws, sc, key, ctx);
    case 'link': {
      const link = change.after as Link;
      return deleteLink(trx, ws, sc, link.from, link.to, ctx);
    }
    case 'kpi':
      return deleteKpi(trx, ws, sc, key, ctx);
    case 'initiative':
      return deleteInitiative(trx, ws, sc, key, ctx);
    case 'kpi_value':
      return deleteValue(trx, ws, sc, key, change.period ?? '', ctx);
  }
}

async function undoUpdate(
  trx: Executor,
  ws: string,
  change: Change,
  ctx: WriteContext,
): Promise<void> {
  const key = change.entityKey;
  switch (change.entityType) {
    case 'workspace': {
      const current = await getWorkspace(trx, key);
      await updateWorkspace(
        trx,
        key,
        current.version,
        fieldsOf(change.before as WorkspaceFields),
        ctx,
      );
      return;
    }
    case 'scorecard': {
      const current = await getScorecard(trx, ws, key);
      await updateScorecard(
        trx,
        ws,
        key,
        current.version,
        fieldsOf(change.before as ScorecardFields),
        ctx,
      );
      return;
    }
    case 'perspective': {
      const sc = scorecardOf(change);
      const current = await getPerspective(trx, ws, sc, key);
      await updatePerspective(
        trx,
        ws,
        sc,
        key,
        current.version,
        fieldsOf(change.before as Perspective),
        ctx,
      );
      return;
    }
    case 'objective': {
      const sc = scorecardOf(change);
      const current = await getObjective(trx, ws, sc, key);
      await updateObjective(
        trx,
        ws,
        sc,
        key,
        current.version,
        fieldsOf(change.before as ObjectiveFields),
        ctx,
      );
      return;
    }
    case 'link': {
      const sc = scorecardOf(change);
      const before = change.before as Link;
      const current = await getLink(trx, ws, sc, before.from, before.to);
      await updateLink(trx, ws, sc, before.from, before.to, current.version, fieldsOf(before), ctx);
      return;
    }
    case 'kpi': {
      const sc = scorecardOf(change);
      const current = await getKpi(trx, ws, sc, key);
      await updateKpi(trx, ws, sc, key, current.version, fieldsOf(change.before as KpiFields), ctx);
      return;
    }
    case 'initiative': {
      const sc = scorecardOf(change);
      const current = await getInitiative(trx, ws, sc, key);
      await updateInitiative(
        trx,
        ws,
        sc,
        key,
        current.version,
        fieldsOf(change.before as InitiativeFields),
        ctx,
      );
      return;
    }
    case 'kpi_value':
      return restoreValue(trx, ws, change, ctx);
  }
}

async function restoreValue(
  trx: Executor,
  ws: string,
  change: Change,
  ctx: WriteContext,
): Promise<void> {
  const before = change.before as { period: string; value: number; comment: string | null };
  await upsertValue(
    trx,
    ws,
    scorecardOf(change),
    change.entityKey,
    { period: before.period as never, value: before.value, comment: before.comment },
    ctx,
  );
}

async function undoDelete(
  trx: Executor,
  ws: string,
  change: Change,
  ctx: WriteContext,
): Promise<void> {
  switch (change.entityType) {
    case 'workspace':
      throw new Error('workspaces are never deleted');
    case 'scorecard':
      await createScorecard(trx, ws, change.before as Scorecard, ctx);
      return;
    case 'perspective':
      await createPerspective(trx, ws, scorecardOf(change), change.before as Perspective, ctx);
      return;
    case 'objective':
      return restoreObjective(
        trx,
        ws,
        scorecardOf(change),
        change.before as ObjectiveSnapshot,
        ctx,
      );
    case 'link':
      await createLink(trx, ws, scorecardOf(change), change.before as Link, ctx);
      return;
    case 'kpi': {
      const { objective, ...kpi } = change.before as KpiSnapshot;
      await createKpi(trx, ws, scorecardOf(change), objective, kpi, ctx);
      return;
    }
    case 'initiative': {
      const { objective, ...initiative } = change.before as InitiativeFields;
      await createInitiative(
        trx,
        ws,
        scorecardOf(change),
        objective,
        initiative satisfies Initiative,
        ctx,
      );
      return;
    }
    case 'kpi_value':
      return restoreValue(trx, ws, change, ctx);
  }
}

/** Links whose other end has gone since the delete cannot come back; the rest do. */
async function restoreObjective(
  trx: Executor,
  ws: string,
  sc: string,
  snapshot: ObjectiveSnapshot,
  ctx: WriteContext,
): Promise<void> {
  const { links, ...objective } = snapshot;
  const present = new Set<string>((await listObjectives(trx, ws, sc)).map((o) => o.id));
  present.add(objective.id);
  const restorable = links.filter((l) => present.has(l.from) && present.has(l.to));
  await createObjective(trx, ws, sc, objective, ctx, restorable);
}

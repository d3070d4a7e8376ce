import { type Kpi, type KpiValue, type PeriodKey, objectiveId } from '@bearing/core';
import type { Executor } from '../database.ts';
import { inTransaction, type WriteContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import type { KpiFields, KpiRecord, KpiSnapshot, Patch } from '../records.ts';
import { appendChanges } from './change.repository.ts';
import { insertChunked } from './batch.ts';
import { assertNoFormulaReads } from './kpi-index.repository.ts';
import { kpiColumns, kpiFromRow, kpiTargetRows } from './mappers.ts';
import { type ScorecardScope, nextPosition, objectiveIdOf, scorecardScope } from './scope.ts';
import { TreeWriter } from './tree-writer.ts';
import { logDelete, versionedUpdate } from './versioned-write.ts';
import { checkVersion, omit } from './versioning.ts';

async function records(
  db: Executor,
  scope: ScorecardScope,
  where: { key?: string; objective?: string },
) {
  let q = db
    .selectFrom('kpis')
    .innerJoin('objectives', 'objectives.id', 'kpis.objective_id')
    .selectAll('kpis')
    .select('objectives.key as objectiveKey')
    .where('kpis.scorecard_id', '=', scope.scorecardId);
  if (where.key !== undefined) q = q.where('kpis.key', '=', where.key);
  if (where.objective !== undefined) q = q.where('objectives.key', '=', where.objective);
  const rows = await q.orderBy('objectives.position').orderBy('kpis.position').execute();
  if (rows.length === 0) return [];
  const targets = await db
    .selectFrom('kpi_targets')
    .selectAll()
    .where(
      'kpi_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('period_end')
    .orderBy('period_start')
    .execute();
  return rows.map((r) => ({
    rowId: r.id,
    record: {
      ...kpiFromRow(
        r,
        targets.filter((t) => t.kpi_id === r.id),
      ),
      objective: objectiveId(r.objectiveKey),
      version: r.version,
    } satisfies KpiRecord,
  }));
}

async function load(db: Executor, scope: ScorecardScope, key: string) {
  const [found] = await records(db, scope, { key });
  if (!found) throw new NotFoundError('KPI', `${scope.scorecardKey}/${key}`);
  return found;
}

export async function getKpi(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  key: string,
): Promise<KpiRecord> {
  return (await load(db, await scorecardScope(db, workspaceKey, scorecardKey), key)).record;
}

/** KPIs of a scorecard (or of one objective), in map order. */
export async function listKpis(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  objectiveKey?: string,
): Promise<KpiRecord[]> {
  const scope = await scorecardScope(db, workspaceKey, scorecardKey);
  return (
    await records(db, scope, objectiveKey === undefined ? {} : { objective: objectiveKey })
  ).map((r) => r.record);
}

/** Creates a KPI (with any values it carries) at the end of its objective. */
export function createKpi(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  objectiveKey: string,
  kpi: Kpi,
  ctx: WriteContext,
): Promise<KpiRecord> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const objectiveRowId = await objectiveIdOf(trx, scope, objectiveKey);
    const position = await nextPosition(trx, 'kpis', 'scorecard_id', scope.scorecardId);
    const writer = new TreeWriter(scope.workspaceId, ctx.actor, ctx.now.toISOString());
    writer.addKpi(scope.scorecardId, objectiveRowId, kpi, position);
    await writer.write(trx);
    const after: KpiSnapshot = { ...kpi, objective: objectiveId(objectiveKey) };
    await appendChanges(
      trx,
      scope.workspaceId,
      [
        {
          entityType: 'kpi',
          operation: 'create',
          scorecard: scorecardKey,
          entityKey: kpi.id,
          before: null,
          after,
        },
      ],
      ctx,
    );
    return (await load(trx, scope, kpi.id)).record;
  });
}

/** Updates a KPI's fields; `targets` replaces the per-period targets; `objective` moves it. */
export function updateKpi(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  key: string,
  expectedVersion: number,
  patch: Patch<KpiFields>,
  ctx: WriteContext,
): Promise<KpiRecord> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const { rowId, record: before } = await load(trx, scope, key);
    const { targets } = patch;
    return versionedUpdate({
      trx,
      workspaceId: scope.workspaceId,
      conflict: { entity: 'KPI', key: `${scorecardKey}/${key}` },
      target: { entityType: 'kpi', scorecard: scorecardKey, entityKey: key },
      before,
      expectedVersion,
      patch,
      write: async (after) =>
        trx
          .updateTable('kpis')
          .set({
            ...kpiColumns(after),
            objective_id: await objectiveIdOf(trx, scope, after.objective),
            version: after.version,
            updated_at: ctx.now.toISOString(),
          })
          .where('id', '=', rowId)
          .where('version', '=', expectedVersion)
          .executeTakeFirst(),
      reload: async () => (await load(trx, scope, key)).record,
      afterWrite:
        targets === undefined
          ? undefined
          : async () => {
              await trx.deleteFrom('kpi_targets').where('kpi_id', '=', rowId).execute();
              await insertChunked(trx, 'kpi_targets', kpiTargetRows(rowId, targets));
            },
      ctx,
    });
  });
}

/** Deletes a KPI with its targets and values; the change row keeps them all for undo. */
export function deleteKpi(
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
    checkVersion('KPI', `${scorecardKey}/${key}`, record, expectedVersion);
    await assertNoFormulaReads(trx, workspaceKey, 'KPI', `${scorecardKey}/${key}`, (s, k) => {
      return s === scorecardKey && k === key;
    });
    const values = await trx
      .selectFrom('kpi_values')
      .select(['period', 'value', 'comment'])
      .where('kpi_id', '=', rowId)
      .orderBy('period_end')
      .orderBy('period_start')
      .execute();
    const fields = omit(record, 'version');
    const before: KpiSnapshot = {
      ...fields,
      values: values.map((v): KpiValue => ({ ...v, period: v.period as PeriodKey })),
    };
    await trx.deleteFrom('kpis').where('id', '=', rowId).execute();
    const target = { entityType: 'kpi', scorecard: scorecardKey, entityKey: key } as const;
    await logDelete(trx, scope.workspaceId, target, before, ctx);
  });
}

/**
 * Which of `keys` are calculated KPIs of a scorecard (they have a formula): a value written for
 * one is refused, since its values come from its inputs. One indexed query, no rows mapped.
 */
export async function calculatedKpiKeys(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .selectFrom('kpis')
    .innerJoin('scorecards', 'scorecards.id', 'kpis.scorecard_id')
    .innerJoin('workspaces', 'workspaces.id', 'scorecards.workspace_id')
    .select('kpis.key')
    .where('workspaces.key', '=', workspaceKey)
    .where('scorecards.key', '=', scorecardKey)
    .where('kpis.formula', 'is not', null)
    .execute();
  const wanted = new Set(keys);
  return new Set(rows.map((r) => r.key).filter((k) => wanted.has(k)));
}

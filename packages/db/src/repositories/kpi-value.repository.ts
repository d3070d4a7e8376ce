import { type KpiValue, type PeriodKey, periodOf } from '@bearing/core';
import type { Executor } from '../database.ts';
import { inTransaction, type WriteContext } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { KpiValueRecord } from '../records.ts';
import type { KpiValueTable } from '../tables/kpi-value.table.ts';
import { appendChanges, type ChangeInput } from './change.repository.ts';
import { scorecardScope } from './scope.ts';

export interface ValueInput {
  readonly kpi: string;
  readonly period: string;
  readonly value: number;
  readonly comment: string | null;
}

export interface UpsertResult {
  readonly created: number;
  readonly updated: number;
  /** Same value and comment as stored: nothing written, no new version, no change row. */
  readonly unchanged: number;
}

const toRecord = (r: KpiValueTable): KpiValueRecord => ({
  period: r.period as PeriodKey,
  value: r.value,
  comment: r.comment,
  version: r.version,
  author: r.author,
  updatedAt: r.updated_at,
});
const logged = (r: KpiValueTable) => ({
  period: r.period,
  value: r.value,
  comment: r.comment,
  version: r.version,
});

async function kpiIds(
  db: Executor,
  scorecardId: string,
  scorecardKey: string,
  keys: readonly string[],
) {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('kpis')
    .select(['id', 'key'])
    .where('scorecard_id', '=', scorecardId)
    .where('key', 'in', unique)
    .execute();
  const ids = new Map(rows.map((r) => [r.key, r.id]));
  const missing = unique.find((k) => !ids.has(k));
  if (missing !== undefined) throw new NotFoundError('KPI', `${scorecardKey}/${missing}`);
  return ids;
}

/** Values of one KPI, oldest first; `from`/`to` bound the range by period days (inclusive). */
export async function listValues(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  kpiKey: string,
  range: { readonly from?: string; readonly to?: string } = {},
): Promise<KpiValueRecord[]> {
  const scope = await scorecardScope(db, workspaceKey, scorecardKey);
  const id = (await kpiIds(db, scope.scorecardId, scorecardKey, [kpiKey])).get(kpiKey) ?? '';
  let q = db.selectFrom('kpi_values').selectAll().where('kpi_id', '=', id);
  if (range.from !== undefined) q = q.where('period_start', '>=', periodOf(range.from).start);
  if (range.to !== undefined) q = q.where('period_end', '<=', periodOf(range.to).end);
  const rows = await q.orderBy('period_end').orderBy('period_start').execute();
  return rows.map(toRecord);
}

/**
 * Writes values, idempotently: re-sending a stored value with the same comment changes nothing.
 * Later inputs for the same KPI and period win. New rows are inserted in bulk; `ON CONFLICT DO
 * NOTHING` plus a row count detects another process inserting the same period meanwhile.
 */
export async function upsertValues(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  inputs: readonly ValueInput[],
  ctx: WriteContext,
  expectedVersion?: number,
): Promise<UpsertResult> {
  const { result } = await writeValues(
    db,
    workspaceKey,
    scorecardKey,
    inputs,
    ctx,
    expectedVersion,
  );
  return result;
}

/** What a write left stored, per `<kpi id> <period>`: so a caller need not read it back. */
type StoredRows = ReadonlyMap<string, KpiValueTable>;

function writeValues(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  inputs: readonly ValueInput[],
  ctx: WriteContext,
  expectedVersion?: number,
): Promise<{ result: UpsertResult; stored: StoredRows; ids: ReadonlyMap<string, string> }> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const ids = await kpiIds(
      trx,
      scope.scorecardId,
      scorecardKey,
      inputs.map((i) => i.kpi),
    );
    const latest = new Map<string, ValueInput & { kpiId: string }>();
    for (const input of inputs) {
      const kpiId = ids.get(input.kpi) ?? '';
      latest.set(`${kpiId} ${periodOf(input.period).key}`, { ...input, kpiId });
    }
    const existing = new Map<string, KpiValueTable>();
    if (ids.size > 0) {
      const rows = await trx
        .selectFrom('kpi_values')
        .selectAll()
        .where('kpi_id', 'in', [...ids.values()])
        .execute();
      for (const r of rows) existing.set(`${r.kpi_id} ${r.period}`, r);
    }
    const now = ctx.now.toISOString();
    const inserts: KpiValueTable[] = [];
    const changes: ChangeInput[] = [];
    const stored = new Map<string, KpiValueTable>();
    let updated = 0;
    for (const [k, input] of latest) {
      const period = periodOf(input.period);
      const old = existing.get(k);
      if (expectedVersion !== undefined && (old?.version ?? 0) !== expectedVersion) {
        throw new ConflictError(
          'KPI value',
          `${scorecardKey}/${input.kpi}@${period.key}`,
          expectedVersion,
          old ? toRecord(old) : null,
        );
      }
      const base = { scorecard: scorecardKey, entityKey: input.kpi, period: period.key } as const;
      if (!old) {
        const row = {
          kpi_id: input.kpiId,
          period: period.key,
          period_start: period.start,
          period_end: period.end,
          value: input.value,
          comment: input.comment,
          author: ctx.actor,
          updated_at: now,
          version: 1,
        };
        inserts.push(row);
        stored.set(k, row);
      } else if (old.value !== input.value || old.comment !== input.comment) {
        const row = {
          ...old,
          value: input.value,
          comment: input.comment,
          author: ctx.actor,
          updated_at: now,
          version: old.version + 1,
        };
        const result = await trx
          .updateTable('kpi_values')
          .set({
            value: row.value,
            comment: row.comment,
            author: row.author,
            updated_at: now,
            version: row.version,
          })
          .where('kpi_id', '=', old.kpi_id)
          .where('period', '=', old.period)
          .where('version', '=', old.version)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n)
          throw new ConflictError(
            'KPI value',
            `${scorecardKey}/${input.kpi}@${period.key}`,
            old.version,
            toRecord(old),
          );
        updated++;
        stored.set(k, row);
        changes.push({
          ...base,
          entityType: 'kpi_value',
          operation: 'update',
          before: logged(old),
          after: logged(row),
        });
      }
    }
    const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
    const created = await insertNew(
      trx,
      inserts,
      (row) => `${scorecardKey}/${keyOf.get(row.kpi_id) ?? ''}@${row.period}`,
    );
    for (const row of created) {
      const entityKey = keyOf.get(row.kpi_id) ?? '';
      changes.push({
        entityType: 'kpi_value',
        operation: 'create',
        scorecard: scorecardKey,
        entityKey,
        period: row.period,
        before: null,
        after: logged(row),
      });
    }
    await appendChanges(trx, scope.workspaceId, changes, ctx);
    for (const [k, old] of existing) if (latest.has(k) && !stored.has(k)) stored.set(k, old);
    // A row another process inserted first with the same value: as stored, not as we built it.
    for (const row of inserts)
      if (!created.includes(row)) stored.delete(`${row.kpi_id} ${row.period}`);
    const result = {
      created: created.length,
      updated,
      unchanged: latest.size - created.length - updated,
    };
    return { result, stored, ids };
  });
}

/**
 * Inserts new values, skipping any that another process inserted since we read (`ON CONFLICT DO
 * NOTHING`). A skipped value that equals ours is an idempotent no-op; one that differs is a
 * conflict. Returns the rows this call inserted.
 */
async function insertNew(
  trx: Executor,
  rows: readonly KpiValueTable[],
  name: (row: KpiValueTable) => string,
): Promise<KpiValueTable[]> {
  const inserted: KpiValueTable[] = [];
  const size = 3000;
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const done = await trx
      .insertInto('kpi_values')
      .values(chunk)
      .onConflict((oc) => oc.columns(['kpi_id', 'period']).doNothing())
      .returning(['kpi_id', 'period'])
      .execute();
    const written = new Set(done.map((r) => `${r.kpi_id} ${r.period}`));
    for (const row of chunk) {
      if (written.has(`${row.kpi_id} ${row.period}`)) {
        inserted.push(row);
        continue;
      }
      const current = await trx
        .selectFrom('kpi_values')
        .selectAll()
        .where('kpi_id', '=', row.kpi_id)
        .where('period', '=', row.period)
        .executeTakeFirstOrThrow();
      if (current.value !== row.value || current.comment !== row.comment) {
        throw new ConflictError('KPI value', name(row), 0, toRecord(current));
      }
    }
  }
  return inserted;
}

/**
 * Writes one value and answers it as stored, without reading it back (the service answers the
 * request with it). `expectedVersion` as in `upsertValue`.
 */
export async function writeOneValue(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  kpiKey: string,
  value: KpiValue,
  ctx: WriteContext,
  expectedVersion?: number,
): Promise<{ readonly created: boolean; readonly stored: KpiValueRecord }> {
  return inTransaction(db, async (trx) => {
    const input = { kpi: kpiKey, ...value };
    const { result, stored, ids } = await writeValues(
      trx,
      workspaceKey,
      scorecardKey,
      [input],
      ctx,
      expectedVersion,
    );
    const key = `${ids.get(kpiKey) ?? ''} ${periodOf(value.period).key}`;
    const row =
      stored.get(key) ??
      (await trx
        .selectFrom('kpi_values')
        .selectAll()
        .where('kpi_id', '=', ids.get(kpiKey) ?? '')
        .where('period', '=', periodOf(value.period).key)
        .executeTakeFirstOrThrow());
    return { created: result.created > 0, stored: toRecord(row) };
  });
}

/** Writes one value; `expectedVersion` (0 = must not exist yet) guards against lost updates. */
export async function upsertValue(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  kpiKey: string,
  value: KpiValue,
  ctx: WriteContext,
  expectedVersion?: number,
): Promise<UpsertResult> {
  return upsertValues(
    db,
    workspaceKey,
    scorecardKey,
    [{ kpi: kpiKey, ...value }],
    ctx,
    expectedVersion,
  );
}

export function deleteValue(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  kpiKey: string,
  period: string,
  ctx: WriteContext,
): Promise<void> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const id = (await kpiIds(trx, scope.scorecardId, scorecardKey, [kpiKey])).get(kpiKey) ?? '';
    const key = periodOf(period).key;
    const old = await trx
      .selectFrom('kpi_values')
      .selectAll()
      .where('kpi_id', '=', id)
      .where('period', '=', key)
      .executeTakeFirst();
    if (!old) throw new NotFoundError('KPI value', `${scorecardKey}/${kpiKey}@${key}`);
    await trx.deleteFrom('kpi_values').where('kpi_id', '=', id).where('period', '=', key).execute();
    await appendChanges(
      trx,
      scope.workspaceId,
      [
        {
          entityType: 'kpi_value',
          operation: 'delete',
          scorecard: scorecardKey,
          entityKey: kpiKey,
          period: key,
          before: logged(old),
          after: null,
        },
      ],
      ctx,
    );
  });
}

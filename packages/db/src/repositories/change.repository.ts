import type { PeriodKey, ScorecardId } from '@bearing/core';
import type { Executor } from '../database.ts';
import type { WriteContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { ChangeTable } from '../tables/change.table.ts';
import { insertChunked } from './batch.ts';

export const ENTITY_TYPES = [
  'workspace',
  'scorecard',
  'perspective',
  'objective',
  'link',
  'kpi',
  'kpi_value',
  'initiative',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type ChangeOperation = 'create' | 'update' | 'delete';

/** One entry of the change log, as the API shows it. `before`/`after` are domain JSON. */
export interface Change {
  readonly id: string;
  readonly entityType: EntityType;
  readonly operation: ChangeOperation;
  readonly scorecard: ScorecardId | null;
  readonly entityKey: string;
  readonly period: PeriodKey | null;
  readonly actor: string;
  readonly at: string;
  readonly before: unknown;
  readonly after: unknown;
  /** The edit batch that made the change; null for changes from before batches. */
  readonly batch: string | null;
}

/** What a write records; the repository adds id, actor and time. */
export interface ChangeInput {
  readonly entityType: EntityType;
  readonly operation: ChangeOperation;
  readonly scorecard: string | null;
  readonly entityKey: string;
  readonly period?: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

export function changeRow(workspaceId: string, input: ChangeInput, ctx: WriteContext): ChangeTable {
  return {
    id: newId(),
    workspace_id: workspaceId,
    entity_type: input.entityType,
    operation: input.operation,
    scorecard_key: input.scorecard,
    entity_key: input.entityKey,
    period: input.period ?? null,
    actor: ctx.actor,
    at: ctx.now.toISOString(),
    before_json: input.before === null ? null : JSON.stringify(input.before),
    after_json: input.after === null ? null : JSON.stringify(input.after),
    batch_id: ctx.batch ?? null,
  };
}

/** Appends change rows. Call it inside the transaction of the write it describes. */
export async function appendChanges(
  trx: Executor,
  workspaceId: string,
  inputs: readonly ChangeInput[],
  ctx: WriteContext,
): Promise<void> {
  await insertChunked(
    trx,
    'changes',
    inputs.map((input) => changeRow(workspaceId, input, ctx)),
  );
}

export interface ChangeQuery {
  readonly entityType?: EntityType;
  readonly scorecard?: string;
  readonly entityKey?: string;
  /** Only changes at or after this time. */
  readonly since?: Date;
  /** Only changes of this edit batch. */
  readonly batch?: string;
  readonly limit?: number;
}

/** Changes of a workspace, oldest first. */
export async function listChanges(
  db: Executor,
  workspaceKey: string,
  query: ChangeQuery = {},
): Promise<Change[]> {
  let q = db
    .selectFrom('changes')
    .innerJoin('workspaces', 'workspaces.id', 'changes.workspace_id')
    .selectAll('changes')
    .where('workspaces.key', '=', workspaceKey);
  if (query.entityType) q = q.where('changes.entity_type', '=', query.entityType);
  if (query.scorecard !== undefined) q = q.where('changes.scorecard_key', '=', query.scorecard);
  if (query.entityKey !== undefined) q = q.where('changes.entity_key', '=', query.entityKey);
  if (query.batch !== undefined) q = q.where('changes.batch_id', '=', query.batch);
  if (query.since) q = q.where('changes.at', '>=', query.since.toISOString());
  q = q.orderBy('changes.at').orderBy('changes.id');
  if (query.limit !== undefined) q = q.limit(query.limit);
  return (await q.execute()).map(toChange);
}

export async function getChange(db: Executor, changeId: string): Promise<Change> {
  return toChange(await getChangeRow(db, changeId));
}

/** The row with its workspace id: revert needs to know where the change happened. */
export async function getChangeRow(db: Executor, changeId: string): Promise<ChangeTable> {
  const row = await db
    .selectFrom('changes')
    .selectAll()
    .where('id', '=', changeId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('change', changeId);
  return row;
}

export function toChange(row: ChangeTable): Change {
  return {
    id: row.id,
    entityType: row.entity_type as EntityType,
    operation: row.operation as ChangeOperation,
    scorecard: row.scorecard_key as ScorecardId | null,
    entityKey: row.entity_key,
    period: row.period as PeriodKey | null,
    actor: row.actor,
    at: row.at,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
    batch: row.batch_id,
  };
}

/** A fresh edit-batch id (UUIDv7, like change ids, so batches sort by time too). */
export function newChangeBatchId(): string {
  return newId();
}

/** The ids of one batch's changes, oldest first: what a write answers with. */
export async function listBatchChangeIds(db: Executor, batch: string): Promise<string[]> {
  const rows = await db
    .selectFrom('changes')
    .select('id')
    .where('batch_id', '=', batch)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

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
  /**
   * The account behind the change: null for local-mode writes; `email: null` and the name
   * "former member" once the account has been removed (the row itself stays).
   */
  readonly account: ChangeAccount | null;
  /** The API token the change was made with, if any. */
  readonly token: string | null;
}

export interface ChangeAccount {
  readonly id: string;
  readonly email: string | null;
  readonly name: string;
}

/** How a removed account's changes are signed. */
const FORMER_MEMBER = 'former member';

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

function changeRow(workspaceId: string, input: ChangeInput, ctx: WriteContext): ChangeTable {
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
    account_id: ctx.accountId ?? null,
    token_id: ctx.tokenId ?? null,
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
  let q = withAccount(db)
    .innerJoin('workspaces', 'workspaces.id', 'changes.workspace_id')
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
  const row = await withAccount(db).where('changes.id', '=', changeId).executeTakeFirst();
  if (!row) throw new NotFoundError('change', changeId);
  return toChange(row);
}

/** Change rows with the name and email of their account (left join: the account may be gone). */
function withAccount(db: Executor) {
  return db
    .selectFrom('changes')
    .leftJoin('accounts', 'accounts.id', 'changes.account_id')
    .selectAll('changes')
    .select(['accounts.email as account_email', 'accounts.name as account_name']);
}

type ChangeRowWithAccount = ChangeTable & {
  readonly account_email?: string | null;
  readonly account_name?: string | null;
};

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

export function toChange(row: ChangeRowWithAccount): Change {
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
    account: changeAccount(row),
    token: row.token_id,
  };
}

function changeAccount(row: ChangeRowWithAccount): ChangeAccount | null {
  if (row.account_id === null) return null;
  if (row.account_name === null || row.account_name === undefined) {
    return { id: row.account_id, email: null, name: FORMER_MEMBER };
  }
  return { id: row.account_id, email: row.account_email ?? null, name: row.account_name };
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

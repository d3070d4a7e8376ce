import { randomBytes } from 'node:crypto';
import type { Executor } from '../database.ts';
import { newId } from '../ids.ts';
import type { WebhookDeliveryTable, WebhookTable } from '../tables/update-cycle.table.ts';
import { workspaceIdOf } from './scope.ts';

/**
 * A workspace's webhooks and their delivery log (docs/notifications.md). A webhook is addressed
 * by its workspace's key and its own id, so an id from another workspace reads as unknown.
 * Nothing here reads the clock or sends anything: the server signs and delivers.
 */

export interface WebhookRecord {
  readonly id: string;
  readonly url: string;
  readonly description: string;
  readonly events: readonly string[];
  readonly active: boolean;
  readonly createdAt: string;
}

export interface NewWebhook {
  readonly url: string;
  readonly description: string;
  readonly events: readonly string[];
  readonly active: boolean;
  readonly createdBy: string | null;
}

export interface WebhookPatchInput {
  readonly url?: string;
  readonly description?: string;
  readonly events?: readonly string[];
  readonly active?: boolean;
}

export const DELIVERY_STATES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export interface WebhookDeliveryRecord {
  readonly id: string;
  readonly webhookId: string;
  readonly event: string;
  readonly state: DeliveryState;
  readonly attempts: number;
  readonly lastStatus: number | null;
  readonly lastResponse: string | null;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deliveredAt: string | null;
}

/** A delivery with what sending it needs: the exact stored body, where to, and the key. */
export interface DeliveryToSend extends WebhookDeliveryRecord {
  /** The body as stored: sent byte for byte, so the signature covers what was logged. */
  readonly payloadJson: string;
  readonly url: string;
  readonly secret: string;
}

export interface DeliveryAttempt {
  readonly now: Date;
  /** The receiver's HTTP status; null when no answer came (refused, timed out). */
  readonly status: number | null;
  readonly response: string | null;
  readonly error: string | null;
  readonly state: DeliveryState;
}

/** The receiver's answer is kept for the log, not as an archive. */
export const MAX_RESPONSE_LENGTH = 4096;
const MAX_ERROR_LENGTH = 2000;
export const DEFAULT_DELIVERY_LIMIT = 50;

/** 32 random bytes: as strong as the HMAC-SHA256 key can use. */
const newWebhookSecret = () => `whsec_${randomBytes(32).toString('hex')}`;

export async function createWebhook(
  db: Executor,
  workspace: string,
  input: NewWebhook,
  now: Date,
): Promise<{ record: WebhookRecord; secret: string }> {
  const row: WebhookTable = {
    id: newId(),
    workspace_id: await workspaceIdOf(db, workspace),
    url: input.url,
    description: input.description,
    secret: newWebhookSecret(),
    events_json: JSON.stringify([...input.events]),
    active: input.active ? 1 : 0,
    created_at: now.toISOString(),
    created_by: input.createdBy,
  };
  await db.insertInto('webhooks').values(row).execute();
  return { record: toWebhook(row), secret: row.secret };
}

/** Oldest first, the order they were added in. */
export async function listWebhooks(db: Executor, workspace: string): Promise<WebhookRecord[]> {
  const rows = await db
    .selectFrom('webhooks')
    .selectAll()
    .where('workspace_id', '=', await workspaceIdOf(db, workspace))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toWebhook);
}

/** Undefined when the workspace has no webhook with this id (the workspace must exist). */
export async function getWebhook(
  db: Executor,
  workspace: string,
  id: string,
): Promise<WebhookRecord | undefined> {
  const row = await db
    .selectFrom('webhooks')
    .selectAll()
    .where('workspace_id', '=', await workspaceIdOf(db, workspace))
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toWebhook(row) : undefined;
}

/** The webhook as changed; undefined when the workspace has no webhook with this id. */
export async function updateWebhook(
  db: Executor,
  workspace: string,
  id: string,
  patch: WebhookPatchInput,
): Promise<WebhookRecord | undefined> {
  const workspaceId = await workspaceIdOf(db, workspace);
  const set: Partial<WebhookTable> = {};
  if (patch.url !== undefined) set.url = patch.url;
  if (patch.description !== undefined) set.description = patch.description;
  if (patch.events !== undefined) set.events_json = JSON.stringify([...patch.events]);
  if (patch.active !== undefined) set.active = patch.active ? 1 : 0;
  if (Object.keys(set).length > 0) {
    await db
      .updateTable('webhooks')
      .set(set)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }
  return getWebhook(db, workspace, id);
}

/** False when the workspace has no webhook with this id. Its deliveries go with it. */
export async function deleteWebhook(db: Executor, workspace: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('webhooks')
    .where('workspace_id', '=', await workspaceIdOf(db, workspace))
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * The active webhooks subscribed to `event` (none for an unknown workspace). The events are a JSON array, filtered here rather
 * than in SQL: a workspace has a handful of webhooks, and both dialects read the same way.
 */
export async function webhooksFor(
  db: Executor,
  workspace: string,
  event: string,
): Promise<WebhookRecord[]> {
  // One statement, joined to the workspace: every write asks this, and most find none.
  const rows = await db
    .selectFrom('webhooks')
    .innerJoin('workspaces', 'workspaces.id', 'webhooks.workspace_id')
    .selectAll('webhooks')
    .where('workspaces.key', '=', workspace)
    .where('webhooks.active', '=', 1)
    .orderBy('webhooks.created_at')
    .orderBy('webhooks.id')
    .execute();
  return rows.map(toWebhook).filter((w) => w.events.includes(event));
}

/**
 * Logs a delivery, pending. `payload` is given the new delivery's id, because the body names
 * it (a receiver deduplicates retries by it).
 */
export async function createDelivery(
  db: Executor,
  webhookId: string,
  event: string,
  payload: (deliveryId: string) => unknown,
  now: Date,
): Promise<WebhookDeliveryRecord> {
  const id = newId();
  const at = now.toISOString();
  const row: WebhookDeliveryTable = {
    id,
    webhook_id: webhookId,
    event,
    payload_json: JSON.stringify(payload(id)),
    state: 'pending',
    attempts: 0,
    last_status: null,
    last_response: null,
    last_error: null,
    created_at: at,
    updated_at: at,
    delivered_at: null,
  };
  await db.insertInto('webhook_deliveries').values(row).execute();
  return toDelivery(row);
}

/** Undefined when unknown, e.g. its webhook was deleted since the delivery was queued. */
export async function getDelivery(db: Executor, id: string): Promise<DeliveryToSend | undefined> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
    .selectAll('webhook_deliveries')
    .select(['webhooks.url as url', 'webhooks.secret as secret'])
    .where('webhook_deliveries.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...toDelivery(row), payloadJson: row.payload_json, url: row.url, secret: row.secret };
}

/** Counts one attempt and keeps its outcome; undefined when the delivery is gone. */
export async function recordDeliveryAttempt(
  db: Executor,
  id: string,
  attempt: DeliveryAttempt,
): Promise<WebhookDeliveryRecord | undefined> {
  const at = attempt.now.toISOString();
  await db
    .updateTable('webhook_deliveries')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      state: attempt.state,
      last_status: attempt.status,
      last_response: attempt.response?.slice(0, MAX_RESPONSE_LENGTH) ?? null,
      last_error: attempt.error?.slice(0, MAX_ERROR_LENGTH) ?? null,
      updated_at: at,
      ...(attempt.state === 'delivered' ? { delivered_at: at } : {}),
    }))
    .where('id', '=', id)
    .execute();
  const row = await db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toDelivery(row) : undefined;
}

/** Newest first. */
export async function listDeliveries(
  db: Executor,
  webhookId: string,
  limit = DEFAULT_DELIVERY_LIMIT,
): Promise<WebhookDeliveryRecord[]> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('webhook_id', '=', webhookId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toDelivery);
}

function toWebhook(row: WebhookTable): WebhookRecord {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: JSON.parse(row.events_json) as string[],
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

function toDelivery(row: WebhookDeliveryTable): WebhookDeliveryRecord {
  return {
    id: row.id,
    webhookId: row.webhook_id,
    event: row.event,
    state: row.state as DeliveryState,
    attempts: row.attempts,
    lastStatus: row.last_status,
    lastResponse: row.last_response,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deliveredAt: row.delivered_at,
  };
}

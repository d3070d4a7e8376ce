import type { WebhookEvent } from '@bearing/core';
import {
  type Executor,
  type WebhookRecord,
  createDelivery,
  enqueueJob,
  webhooksFor,
} from '@bearing/db';
import {
  WEBHOOK_DELIVER_KIND,
  WEBHOOK_MAX_ATTEMPTS,
  type WebhookDeliveryPayload,
} from './deliver.ts';

/** What every webhook body looks like; `id` is the delivery's, for receivers to deduplicate. */
export interface WebhookBody {
  readonly id: string;
  readonly event: WebhookEvent;
  readonly workspace: string;
  readonly createdAt: string;
  readonly data: unknown;
}

/**
 * Logs one delivery per active webhook subscribed to `event` and queues a job to send each.
 * Given a transaction, it writes in it: the event is sent only if the write it reports commits.
 * Returns the delivery ids.
 */
export async function emitWebhookEvent(
  db: Executor,
  ws: string,
  event: WebhookEvent,
  data: unknown,
  now: Date,
): Promise<string[]> {
  const webhooks = await webhooksFor(db, ws, event);
  // Most writes find no webhook: they pay the one look-up and no transaction.
  if (webhooks.length === 0) return [];
  if (db.isTransaction) return emitIn(db, webhooks, ws, event, data, now);
  return db.transaction().execute((trx) => emitIn(trx, webhooks, ws, event, data, now));
}

async function emitIn(
  db: Executor,
  webhooks: readonly WebhookRecord[],
  ws: string,
  event: WebhookEvent,
  data: unknown,
  now: Date,
): Promise<string[]> {
  const ids: string[] = [];
  for (const webhook of webhooks) {
    const delivery = await createDelivery(
      db,
      webhook.id,
      event,
      (id): WebhookBody => ({ id, event, workspace: ws, createdAt: now.toISOString(), data }),
      now,
    );
    const payload: WebhookDeliveryPayload = { deliveryId: delivery.id };
    await enqueueJob(
      db,
      {
        kind: WEBHOOK_DELIVER_KIND,
        // The job's workspace is a surrogate id the db package keeps to itself; the delivery
        // row is what goes with the workspace (a deleted one leaves a job that skips).
        workspaceId: null,
        payload,
        dedupeKey: `webhook:${delivery.id}`,
        maxAttempts: WEBHOOK_MAX_ATTEMPTS,
      },
      now,
    );
    ids.push(delivery.id);
  }
  return ids;
}

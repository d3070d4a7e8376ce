import type { WebhookEvent } from '@bearing/core';
import type { Executor } from '@bearing/db';
import type { FastifyRequest } from 'fastify';
import type { App } from '../types.ts';
import { emitWebhookEvent } from '../webhooks/emit.ts';
import { MAX_CHANGE_IDS_IN_HEADER, batchOf, changeIdsOf } from './write-batch.ts';

/**
 * Tells a workspace's webhooks about every write that changed something (docs/notifications.md,
 * "Webhooks"): value writes as `value.written`, imports as `import.finished`, every other write
 * as `strategy.changed`. The write's own edit batch says which changes it made — never a time
 * window, so two people writing at once each get their own event.
 *
 * Queued while the response is being sent (after the write-batch hook read the change ids), so
 * the event is in the queue before the client hears "saved"; it costs one statement when no
 * webhook listens, and the delivery itself is a scheduler job with retries, so a slow receiver
 * never slows a save down.
 */
export function registerWebhookEvents(app: App, db: Executor, now: () => Date): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const batch = batchOf(request);
    const ids = changeIdsOf(request);
    const ws = (request.params as { ws?: unknown } | undefined)?.ws;
    if (batch === undefined || ids === undefined || ids.length === 0) return payload;
    if (typeof ws !== 'string' || reply.statusCode >= 400) return payload;
    try {
      await emitWebhookEvent(
        db,
        ws,
        eventOf(request),
        {
          batch,
          changeCount: ids.length,
          // As the Bearing-Changes header: a large import lists its changes with ?batch=.
          changes: ids.length <= MAX_CHANGE_IDS_IN_HEADER ? ids : [],
          actor: request.principal?.name ?? 'anonymous',
          request: `${request.method} ${request.url}`,
        },
        now(),
      );
    } catch (error) {
      // The write committed; a failure to queue its event must not turn it into an error.
      request.log.error({ err: error, batch }, 'could not queue the webhook event of a write');
    }
    return payload;
  });
}

function eventOf(request: FastifyRequest): WebhookEvent {
  const route = request.routeOptions.url ?? '';
  if (route.endsWith('/import')) return 'import.finished';
  if (request.routeOptions.config.access === 'values.write') return 'value.written';
  return 'strategy.changed';
}

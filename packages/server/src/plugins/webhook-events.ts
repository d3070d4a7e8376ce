import type { WebhookEvent } from '@bearing/core';
import { type Executor, listBatchChangeIds } from '@bearing/db';
import type { FastifyRequest } from 'fastify';
import type { App } from '../types.ts';
import { emitWebhookEvent } from '../webhooks/emit.ts';
import { MAX_CHANGE_IDS_IN_HEADER, batchOf } from './write-batch.ts';

/**
 * Tells a workspace's webhooks about every write that changed something (docs/notifications.md,
 * "Webhooks"): value writes as `value.written`, imports as `import.finished`, every other write
 * as `strategy.changed`. The write's own edit batch says which changes it made — never a time
 * window, so two people writing at once each get their own event. Sent after the response, so a
 * receiver never slows a save down; the delivery itself is a scheduler job with retries.
 */
export function registerWebhookEvents(app: App, db: Executor, now: () => Date): void {
  app.addHook('onResponse', async (request, reply) => {
    const batch = batchOf(request);
    const ws = (request.params as { ws?: unknown } | undefined)?.ws;
    if (batch === undefined || typeof ws !== 'string' || reply.statusCode >= 400) return;
    try {
      const ids = await listBatchChangeIds(db, batch);
      if (ids.length === 0) return;
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
      request.log.error({ err: error, batch }, 'could not queue the webhook event of a write');
    }
  });
}

function eventOf(request: FastifyRequest): WebhookEvent {
  const route = request.routeOptions.url ?? '';
  if (route.endsWith('/import')) return 'import.finished';
  if (request.routeOptions.config.access === 'values.write') return 'value.written';
  return 'strategy.changed';
}

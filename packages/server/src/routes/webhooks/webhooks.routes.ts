import {
  webhookBodySchema,
  webhookCreatedSchema,
  webhookDeliveryListSchema,
  webhookDeliverySchema,
  webhookListSchema,
  webhookPatchSchema,
  webhookSchema,
} from '@bearing/core';
import {
  createDelivery,
  createWebhook,
  deleteWebhook,
  getWebhook,
  listDeliveries,
  listWebhooks,
  updateWebhook,
} from '@bearing/db';
import type { App, RouteDeps } from '../../types.ts';
import { attemptDelivery } from '../../webhooks/deliver.ts';
import type { WebhookBody } from '../../webhooks/emit.ts';
import { commonErrors, workspaceParams } from '../common.schema.ts';
import { noContent } from '../versioning.ts';
import { webhookErrors, webhookParams } from './webhooks.schema.ts';
import { deliveryView, unknownWebhook, webhookView } from './webhooks.view.ts';

/**
 * A workspace's webhooks, their delivery log and "Send test" (docs/notifications.md): its
 * administrators'. The signing secret is in the answer to the create only.
 */
export function webhookRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;
  const tags = ['webhooks'];

  app.get(
    '/api/workspaces/:ws/webhooks',
    {
      config: { access: 'workspace.admin' },
      schema: {
        tags,
        summary: "the workspace's webhooks, oldest first",
        params: workspaceParams,
        response: { 200: webhookListSchema, ...commonErrors },
      },
    },
    async (request) => ({
      items: (await listWebhooks(db, request.params.ws)).map(webhookView),
    }),
  );

  app.post(
    '/api/workspaces/:ws/webhooks',
    {
      config: { access: 'workspace.admin' },
      schema: {
        tags,
        summary: 'add a webhook; the answer holds its signing secret, shown this once',
        params: workspaceParams,
        body: webhookBodySchema,
        response: { 201: webhookCreatedSchema, ...webhookErrors },
      },
    },
    async (request, reply) => {
      const { url, description, events, active } = request.body;
      const created = await createWebhook(
        db,
        request.params.ws,
        { url, description, events, active, createdBy: request.principal?.accountId ?? null },
        deps.now(),
      );
      return reply.status(201).send({ ...webhookView(created.record), secret: created.secret });
    },
  );

  app.patch(
    '/api/workspaces/:ws/webhooks/:id',
    {
      config: { access: 'workspace.admin' },
      schema: {
        tags,
        summary: 'change the URL, description, events or active of a webhook (not its secret)',
        params: webhookParams,
        body: webhookPatchSchema,
        response: { 200: webhookSchema, ...webhookErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      const changed = await updateWebhook(db, ws, id, request.body);
      if (changed === undefined) throw unknownWebhook(ws, id);
      return webhookView(changed);
    },
  );

  app.delete(
    '/api/workspaces/:ws/webhooks/:id',
    {
      config: { access: 'workspace.admin' },
      schema: {
        tags,
        summary: 'remove a webhook and its delivery log; queued deliveries are dropped',
        params: webhookParams,
        response: { 204: noContent, ...webhookErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      if (!(await deleteWebhook(db, ws, id))) throw unknownWebhook(ws, id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/workspaces/:ws/webhooks/:id/deliveries',
    {
      config: { access: 'workspace.admin' },
      schema: {
        tags,
        summary: "a webhook's last 50 deliveries, newest first, with the receiver's last answer",
        params: webhookParams,
        response: { 200: webhookDeliveryListSchema, ...webhookErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      if ((await getWebhook(db, ws, id)) === undefined) throw unknownWebhook(ws, id);
      return { items: (await listDeliveries(db, id)).map(deliveryView) };
    },
  );

  app.post(
    '/api/workspaces/:ws/webhooks/:id/test',
    {
      config: { access: 'workspace.admin' },
      schema: {
        tags,
        summary:
          'send a `test` event now, once (no retries), and answer with the logged delivery, ' +
          "the receiver's status and answer included",
        params: webhookParams,
        response: { 200: webhookDeliverySchema, ...webhookErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      const webhook = await getWebhook(db, ws, id);
      if (webhook === undefined) throw unknownWebhook(ws, id);
      const now = deps.now();
      const delivery = await createDelivery(
        db,
        webhook.id,
        'test',
        (deliveryId): WebhookBody => ({
          id: deliveryId,
          event: 'test',
          workspace: ws,
          createdAt: now.toISOString(),
          data: { webhook: webhook.id, message: 'a test event sent from Bearing' },
        }),
        now,
      );
      // The same sending as the job's, as its last attempt: a failed test is logged failed, not
      // left pending for retries nobody queued.
      const result = await attemptDelivery(db, delivery.id, { now, final: true });
      // Skipped only when the webhook was deleted meanwhile: answer with the delivery as logged.
      return deliveryView(result.outcome === 'skipped' ? delivery : result.delivery);
    },
  );
}

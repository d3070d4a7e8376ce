import {
  type WebhookDeliveryResponse,
  type WebhookEvent,
  type WebhookResponse,
  SUBSCRIBABLE_EVENTS,
} from '@bearing/core';
import type { WebhookDeliveryRecord, WebhookRecord } from '@bearing/db';
import { ApiError } from '../../errors.ts';

/** Stored webhooks and deliveries as the API shows them (never with the secret). */

type Subscribable = WebhookResponse['events'][number];
const isSubscribable = (e: string): e is Subscribable =>
  (SUBSCRIBABLE_EVENTS as readonly string[]).includes(e);

export const webhookView = (w: WebhookRecord): WebhookResponse => ({
  id: w.id,
  url: w.url,
  description: w.description,
  // An event a later version dropped is left out rather than failing the answer.
  events: w.events.filter(isSubscribable),
  active: w.active,
  createdAt: w.createdAt,
});

export const deliveryView = (d: WebhookDeliveryRecord): WebhookDeliveryResponse => ({
  id: d.id,
  // Only this server writes deliveries, always with one of WEBHOOK_EVENTS.
  event: d.event as WebhookEvent,
  state: d.state,
  attempts: d.attempts,
  lastStatus: d.lastStatus,
  lastResponse: d.lastResponse,
  lastError: d.lastError,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
  deliveredAt: d.deliveredAt,
});

export function unknownWebhook(ws: string, id: string): ApiError {
  return new ApiError('NOT_FOUND', `workspace "${ws}" has no webhook "${id}"`, 'params.id');
}

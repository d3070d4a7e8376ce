import {
  DEFAULT_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_LABELS,
  type NotificationKind,
  type NotificationSettingsResponse,
  markReadBodySchema,
  notificationListSchema,
  notificationSettingsBodySchema,
  notificationSettingsSchema,
  unreadSchema,
} from '@bearing/core';
import {
  type Executor,
  countUnread,
  getNotificationPreferences,
  listNotifications,
  markNotificationsRead,
  putNotificationPreferences,
} from '@bearing/db';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors } from '../common.schema.ts';

/**
 * The signed-in person's notifications (the bell) and channel choices. Local mode has no
 * accounts, so nobody to notify: the inbox is empty and the choices are the defaults.
 */
export function notificationRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;
  const accountOf = (request: FastifyRequest) => request.principal?.accountId ?? null;

  app.get(
    '/api/notifications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notifications'],
        summary: "the signed-in person's notifications, newest first, and how many are unread",
        querystring: z.object({
          unread: z.enum(['true', 'false']).default('false').describe('only unread ones'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: notificationListSchema, ...commonErrors },
      },
    },
    async (request) => {
      const account = accountOf(request);
      if (account === null) return { items: [], unread: 0 };
      const { unread, limit } = request.query;
      const items = await listNotifications(db, account, { unreadOnly: unread === 'true', limit });
      return {
        items: items.map((n) => ({
          id: n.id,
          workspace: n.workspace,
          kind: n.kind as NotificationKind,
          title: n.title,
          body: n.body,
          link: n.link,
          createdAt: n.createdAt,
          readAt: n.readAt,
        })),
        unread: await countUnread(db, account),
      };
    },
  );

  app.get(
    '/api/notifications/unread',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notifications'],
        summary: 'how many notifications are unread (for the bell)',
        response: { 200: unreadSchema, ...commonErrors },
      },
    },
    async (request) => {
      const account = accountOf(request);
      return { unread: account === null ? 0 : await countUnread(db, account) };
    },
  );

  app.post(
    '/api/notifications/read',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notifications'],
        summary: 'mark notifications read: the ids given, or all',
        body: markReadBodySchema,
        response: { 200: unreadSchema, ...commonErrors },
      },
    },
    async (request) => {
      const account = accountOf(request);
      if (account === null) return { unread: 0 };
      const ids = request.body.all === true ? undefined : (request.body.ids ?? []);
      await markNotificationsRead(db, account, ids, deps.now());
      return { unread: await countUnread(db, account) };
    },
  );

  app.get(
    '/api/notifications/settings',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notifications'],
        summary: 'per kind of notification, the channels the signed-in person receives it on',
        response: { 200: notificationSettingsSchema, ...commonErrors },
      },
    },
    (request) => settingsOf(db, accountOf(request), deps.config.mail !== undefined),
  );

  app.put(
    '/api/notifications/settings',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notifications'],
        summary: 'choose in-app and e-mail per kind (kinds not listed keep their choice)',
        body: notificationSettingsBodySchema,
        response: { 200: notificationSettingsSchema, ...commonErrors },
      },
    },
    async (request) => {
      const account = accountOf(request);
      if (account !== null) await putNotificationPreferences(db, account, request.body.kinds);
      return settingsOf(db, account, deps.config.mail !== undefined);
    },
  );
}

async function settingsOf(
  db: Executor,
  account: string | null,
  emailConfigured: boolean,
): Promise<NotificationSettingsResponse> {
  const stored = account === null ? [] : await getNotificationPreferences(db, account);
  return {
    kinds: NOTIFICATION_KINDS.map((kind) => {
      const choice = stored.find((s) => s.kind === kind) ?? DEFAULT_CHANNELS[kind];
      return {
        kind,
        label: NOTIFICATION_KIND_LABELS[kind],
        inApp: choice.inApp,
        email: choice.email,
      };
    }),
    emailConfigured,
  };
}

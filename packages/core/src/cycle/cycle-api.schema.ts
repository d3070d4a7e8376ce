import { z } from 'zod';
import { periodKeyField } from '../schema/inputs/period.input.ts';
import { owedValueSchema } from './collection.schema.ts';

/**
 * The update cycle on the wire (docs/notifications.md): notification kinds and people's channel
 * choices, the workspace's cycle settings, "My updates", reminders and webhooks. The server
 * validates and serialises with these; the web app imports the inferred types.
 */

export const NOTIFICATION_KINDS = [
  'reminder.due-soon',
  'reminder.overdue',
  'kpi.red',
  'kpi.recovered',
  'initiative.late',
  'initiative.over-budget',
  'hypothesis.contradicted',
  'digest.monthly',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, string>> = {
  'reminder.due-soon': 'A value of mine is due soon',
  'reminder.overdue': 'A value of mine is overdue',
  'kpi.red': 'A KPI turned red',
  'kpi.recovered': 'A red KPI recovered',
  'initiative.late': 'An initiative is late',
  'initiative.over-budget': 'An initiative is over budget',
  'hypothesis.contradicted': 'The data contradicts a cause-effect link',
  'digest.monthly': 'Monthly digest',
};

export interface Channels {
  readonly inApp: boolean;
  readonly email: boolean;
}

/**
 * Until a person chooses: everything in the app; by e-mail only what asks them to act or sums up
 * the month, so a busy owner is not flooded.
 */
export const DEFAULT_CHANNELS: Readonly<Record<NotificationKind, Channels>> = {
  'reminder.due-soon': { inApp: true, email: true },
  'reminder.overdue': { inApp: true, email: true },
  'kpi.red': { inApp: true, email: false },
  'kpi.recovered': { inApp: true, email: false },
  'initiative.late': { inApp: true, email: false },
  'initiative.over-budget': { inApp: true, email: false },
  'hypothesis.contradicted': { inApp: true, email: false },
  'digest.monthly': { inApp: true, email: true },
};

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);

// --- Cycle settings --------------------------------------------------------------------------

const dayCount = z.number().int().min(0).max(366);

export const cycleSettingsSchema = z.object({
  graceDays: dayCount.describe('days after a period ends before a missing value is overdue'),
  remindDaysBefore: dayCount
    .nullable()
    .describe('remind owners this many days before a value is due; null: no such reminder'),
  remindDaysAfter: dayCount
    .nullable()
    .describe('remind owners once a value is this many days overdue; null: no such reminder'),
  digestDay: z
    .number()
    .int()
    .min(1)
    .max(28)
    .nullable()
    .describe('day of the month the digest goes out (1–28); null: no digest'),
});
export type CycleSettings = z.output<typeof cycleSettingsSchema>;

export const DEFAULT_CYCLE_SETTINGS: CycleSettings = {
  graceDays: 5,
  remindDaysBefore: 3,
  remindDaysAfter: 1,
  digestDay: 1,
};

// --- Reminders and mail ----------------------------------------------------------------------

export const remindBodySchema = z.object({
  owners: z
    .array(z.string().min(1))
    .max(1000)
    .optional()
    .describe('KPI owners (e-mail addresses) to remind; all who owe values when absent'),
  period: periodKeyField
    .optional()
    .describe('the reporting period; default as the collection view'),
});
export type RemindBody = z.output<typeof remindBodySchema>;
/** What a client sends (periods as text). */
export type RemindRequest = z.input<typeof remindBodySchema>;

export const remindResultSchema = z.object({
  queued: z.number().int().min(0).describe('people a reminder was queued for'),
  skipped: z
    .array(z.object({ owner: z.string(), reason: z.string() }))
    .describe('owners nobody can be reminded for, and why (no account, not a member)'),
});
export type RemindResult = z.output<typeof remindResultSchema>;

export const mailStatusSchema = z.object({
  configured: z.boolean().describe('false: the server sends no e-mail (no BEARING_SMTP_HOST)'),
});
export type MailStatus = z.output<typeof mailStatusSchema>;

// --- Notifications ---------------------------------------------------------------------------

export const notificationSchema = z.object({
  id: z.string(),
  workspace: z.string(),
  kind: notificationKindSchema,
  title: z.string(),
  body: z.string(),
  link: z.string().describe('an app path such as /w/default/updates?period=2026-11'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationResponse = z.output<typeof notificationSchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int().min(0),
});
export type NotificationListResponse = z.output<typeof notificationListSchema>;

export const markReadBodySchema = z
  .object({
    ids: z.array(z.string()).max(1000).optional(),
    all: z.literal(true).optional(),
  })
  .refine((b) => b.ids !== undefined || b.all === true, {
    message: 'give ids (the notifications to mark read) or all: true',
    path: ['ids'],
  });
export type MarkReadBody = z.output<typeof markReadBodySchema>;

export const unreadSchema = z.object({ unread: z.number().int().min(0) });

const kindSetting = z.object({
  kind: notificationKindSchema,
  label: z.string(),
  inApp: z.boolean(),
  email: z.boolean(),
});

export const notificationSettingsSchema = z.object({
  kinds: z.array(kindSetting),
  emailConfigured: z.boolean(),
});
export type NotificationSettingsResponse = z.output<typeof notificationSettingsSchema>;

export const notificationSettingsBodySchema = z.object({
  kinds: z
    .array(z.object({ kind: notificationKindSchema, inApp: z.boolean(), email: z.boolean() }))
    .max(NOTIFICATION_KINDS.length),
});
export type NotificationSettingsBody = z.output<typeof notificationSettingsBodySchema>;

// --- My updates ------------------------------------------------------------------------------

export const myUpdatesSchema = z.object({
  period: z.string(),
  today: z.string(),
  owner: z.string().nullable().describe("the signed-in account's e-mail; null in local mode"),
  items: z.array(owedValueSchema),
});
export type MyUpdatesResponse = z.output<typeof myUpdatesSchema>;

export const myUpdatesBodySchema = z.object({
  values: z
    .array(
      z.object({
        scorecard: z.string().min(1),
        kpi: z.string().min(1),
        period: periodKeyField.describe('e.g. 2026-11; as the item of GET my-updates'),
        value: z.number().refine(Number.isFinite, { message: 'expected a finite number' }),
        comment: z.string().max(2000).nullable().optional(),
      }),
    )
    .min(1, 'enter at least one value')
    .max(1000),
});
export type MyUpdatesBody = z.output<typeof myUpdatesBodySchema>;
/** What a client sends (periods as text). */
export type MyUpdatesRequest = z.input<typeof myUpdatesBodySchema>;

export const myUpdatesSavedSchema = z.object({
  written: z.number().int().min(0).describe('values created or changed (the same value twice: 0)'),
});
export type MyUpdatesSaved = z.output<typeof myUpdatesSavedSchema>;

// --- Webhooks --------------------------------------------------------------------------------

/** What a webhook can subscribe to. */
export const SUBSCRIBABLE_EVENTS = [
  'value.written',
  'status.changed',
  'strategy.changed',
  'import.finished',
] as const;
export type SubscribableEvent = (typeof SUBSCRIBABLE_EVENTS)[number];
/** Every event a webhook is sent; `test` only by "Send test". */
export const WEBHOOK_EVENTS = [...SUBSCRIBABLE_EVENTS, 'test'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

const webhookUrl = z
  .url()
  .max(2000)
  .refine((u) => /^https?:\/\//i.test(u), { message: 'expected an http:// or https:// URL' });
const subscribable = z.enum(SUBSCRIBABLE_EVENTS);

export const webhookSchema = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  events: z.array(subscribable),
  active: z.boolean(),
  createdAt: z.string(),
});
export type WebhookResponse = z.output<typeof webhookSchema>;

export const webhookCreatedSchema = webhookSchema.extend({
  secret: z.string().describe('the signing secret; shown only in this answer'),
});
export type WebhookCreatedResponse = z.output<typeof webhookCreatedSchema>;

export const webhookListSchema = z.object({ items: z.array(webhookSchema) });

export const webhookBodySchema = z.object({
  url: webhookUrl,
  description: z.string().max(500).default(''),
  events: z.array(subscribable).min(1, 'choose at least one event'),
  active: z.boolean().default(true),
});
export type WebhookBody = z.input<typeof webhookBodySchema>;

export const webhookPatchSchema = z.object({
  url: webhookUrl.optional(),
  description: z.string().max(500).optional(),
  events: z.array(subscribable).min(1, 'choose at least one event').optional(),
  active: z.boolean().optional(),
});
export type WebhookPatch = z.output<typeof webhookPatchSchema>;

export const webhookDeliverySchema = z.object({
  id: z.string(),
  event: z.enum(WEBHOOK_EVENTS),
  state: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int().min(0),
  lastStatus: z.number().int().nullable(),
  lastResponse: z.string().nullable().describe("the receiver's answer, cut to 4 KB"),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type WebhookDeliveryResponse = z.output<typeof webhookDeliverySchema>;

export const webhookDeliveryListSchema = z.object({ items: z.array(webhookDeliverySchema) });

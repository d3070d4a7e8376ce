import { DEFAULT_CHANNELS, type NotificationKind } from '@bearing/core';
import {
  type Executor,
  addNotification,
  enqueueJob,
  getNotificationPreferences,
} from '@bearing/db';

/**
 * The one way the update cycle tells people something (docs/notifications.md). Each person's
 * channel choice for the kind decides: in-app (the bell), e-mail (a `notification.email` job), or
 * neither (muted — a read marker is still stored, so unmuting later does not replay old news).
 * The dedupe key makes it idempotent: a scan that runs twice notifies nobody twice.
 */
export interface Notice {
  readonly workspace: string;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body: string;
  /** An app path; e-mail turns it into a full link with the public URL. */
  readonly link: string;
  readonly subject: Readonly<Record<string, string>>;
  readonly dedupeKey: string;
  /** Extra facts for the e-mail body (e.g. a reminder's list of values). */
  readonly mail?: MailFacts;
}

export type MailFacts =
  | {
      readonly template: 'reminder';
      readonly workspaceName: string;
      readonly period: string;
      readonly kpis: readonly {
        readonly kpiName: string;
        readonly scorecardName: string;
        readonly dueBy: string;
        readonly state: 'due' | 'overdue' | 'upcoming';
      }[];
    }
  | { readonly template: 'alert' };

export const EMAIL_JOB = 'notification.email';

export interface EmailJobPayload {
  readonly notificationId: string;
  readonly accountId: string;
  readonly mail: MailFacts;
}

/** Notifies each account once; returns how many were newly notified (on any channel). */
export async function notifyPeople(
  db: Executor,
  accountIds: readonly string[],
  notice: Notice,
  now: Date,
): Promise<number> {
  let notified = 0;
  for (const accountId of new Set(accountIds)) {
    const channels = await channelsFor(db, accountId, notice.kind);
    const record = await addNotification(db, { ...notice, accountId }, now, channels.inApp);
    if (record === undefined) continue;
    if (channels.inApp || channels.email) notified++;
    if (!channels.email) continue;
    const payload: EmailJobPayload = {
      notificationId: record.id,
      accountId,
      mail: notice.mail ?? { template: 'alert' },
    };
    await enqueueJob(
      db,
      { kind: EMAIL_JOB, payload, dedupeKey: `email:${record.id}`, maxAttempts: 6 },
      now,
    );
  }
  return notified;
}

async function channelsFor(db: Executor, accountId: string, kind: NotificationKind) {
  const stored = (await getNotificationPreferences(db, accountId)).find((p) => p.kind === kind);
  return stored ?? DEFAULT_CHANNELS[kind];
}

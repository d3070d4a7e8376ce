import type { Executor } from '../database.ts';
import { newId } from '../ids.ts';
import type { NotificationTable } from '../tables/update-cycle.table.ts';
import { workspaceIdOf } from './scope.ts';

/**
 * People's in-app notifications and their channel choices (docs/notifications.md). A notification
 * is unique per person and dedupe key: the scan that finds "KPI nps turned red in 2026-11" may run
 * in two processes or twice after a crash, and the person hears of it once.
 */

export interface NewNotification {
  readonly accountId: string;
  readonly workspace: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly link: string;
  readonly subject: Readonly<Record<string, string>>;
  readonly dedupeKey: string;
}

export interface NotificationRecord {
  readonly id: string;
  readonly accountId: string;
  readonly workspace: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly link: string;
  readonly subject: Readonly<Record<string, string>>;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/**
 * Stores the notification unless this person already has one with the key. Returns the new
 * record, or undefined when it was a repeat (so the caller sends no e-mail for it either).
 * `visible` false stores a read marker only: a muted kind still must not notify twice later.
 */
export async function addNotification(
  db: Executor,
  notification: NewNotification,
  now: Date,
  visible = true,
): Promise<NotificationRecord | undefined> {
  const workspaceId = await workspaceIdOf(db, notification.workspace);
  const at = now.toISOString();
  const row: NotificationTable = {
    id: newId(),
    account_id: notification.accountId,
    workspace_id: workspaceId,
    kind: notification.kind,
    title: notification.title,
    body: notification.body,
    link: notification.link,
    subject_json: JSON.stringify(notification.subject),
    dedupe_key: notification.dedupeKey,
    created_at: at,
    read_at: visible ? null : at,
  };
  const result = await db
    .insertInto('notifications')
    .values(row)
    .onConflict((oc) => oc.columns(['account_id', 'dedupe_key']).doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) return undefined;
  return toRecord({ ...row, workspace: notification.workspace });
}

export interface InboxQuery {
  readonly limit?: number;
  readonly unreadOnly?: boolean;
}

/** A person's notifications, newest first. Muted markers (stored read, kind muted) included. */
export async function listNotifications(
  db: Executor,
  accountId: string,
  query: InboxQuery = {},
): Promise<NotificationRecord[]> {
  let select = db
    .selectFrom('notifications')
    .innerJoin('workspaces', 'workspaces.id', 'notifications.workspace_id')
    .selectAll('notifications')
    .select('workspaces.key as workspace')
    .where('notifications.account_id', '=', accountId);
  if (query.unreadOnly === true) select = select.where('notifications.read_at', 'is', null);
  const rows = await select
    .orderBy('notifications.created_at', 'desc')
    .orderBy('notifications.id', 'desc')
    .limit(query.limit ?? 50)
    .execute();
  return rows.map(toRecord);
}

/** One notification by id (the e-mail job renders it), or undefined when it is gone. */
export async function getNotification(
  db: Executor,
  id: string,
): Promise<NotificationRecord | undefined> {
  const row = await db
    .selectFrom('notifications')
    .innerJoin('workspaces', 'workspaces.id', 'notifications.workspace_id')
    .selectAll('notifications')
    .select('workspaces.key as workspace')
    .where('notifications.id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

export async function countUnread(db: Executor, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the given notifications (or all, when ids is undefined) of this person read. */
export async function markNotificationsRead(
  db: Executor,
  accountId: string,
  ids: readonly string[] | undefined,
  now: Date,
): Promise<number> {
  if (ids !== undefined && ids.length === 0) return 0;
  let update = db
    .updateTable('notifications')
    .set({ read_at: now.toISOString() })
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null);
  if (ids !== undefined) update = update.where('id', 'in', [...ids]);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface ChannelChoice {
  readonly kind: string;
  readonly inApp: boolean;
  readonly email: boolean;
}

/** The kinds this person chose channels for; kinds not listed keep their defaults. */
export async function getNotificationPreferences(
  db: Executor,
  accountId: string,
): Promise<ChannelChoice[]> {
  const rows = await db
    .selectFrom('notification_preferences')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, inApp: r.in_app === 1, email: r.email === 1 }));
}

export async function putNotificationPreferences(
  db: Executor,
  accountId: string,
  choices: readonly ChannelChoice[],
): Promise<void> {
  for (const choice of choices) {
    const values = { in_app: choice.inApp ? 1 : 0, email: choice.email ? 1 : 0 };
    await db
      .insertInto('notification_preferences')
      .values({ account_id: accountId, kind: choice.kind, ...values })
      .onConflict((oc) => oc.columns(['account_id', 'kind']).doUpdateSet(values))
      .execute();
  }
}

type NotificationRow = NotificationTable & { workspace: string };

function toRecord(row: NotificationRow): NotificationRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    workspace: row.workspace,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    subject: JSON.parse(row.subject_json) as Record<string, string>,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

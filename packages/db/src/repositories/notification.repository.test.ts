import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@bearing/testing/databases';
import { freshWorkspace } from '../test-fixtures.ts';
import { createAccount } from './account.repository.ts';
import { getCycleSettings, putCycleSettings } from './cycle-settings.repository.ts';
import { getStatusMarks, putStatusMarks } from './status-mark.repository.ts';
import {
  addNotification,
  countUnread,
  getNotificationPreferences,
  listNotifications,
  markNotificationsRead,
  putNotificationPreferences,
} from './notification.repository.ts';

const at = (hhmm: string) => new Date(`2026-12-04T${hhmm}:00.000Z`);
const unique = () => randomBytes(8).toString('hex');

forEachDialect(({ db }) => {
  const person = () =>
    createAccount(db().db, { email: `${unique()}@example.com`, name: 'Owner' }, at('08:00'));
  const red = (accountId: string, workspace: string, kpi: string) => ({
    accountId,
    workspace,
    kind: 'kpi.red',
    title: `${kpi} turned red`,
    body: `${kpi} is red in 2026-11`,
    link: `/w/${workspace}/s/corp/kpis/${kpi}`,
    subject: { scorecard: 'corp', kpi, period: '2026-11' },
    dedupeKey: `kpi.red:corp/${kpi}:2026-11`,
  });

  describe('notifications', () => {
    it('notifies a person once per dedupe key, newest first, with the subject kept', async () => {
      const ws = await freshWorkspace(db().db);
      const { id } = await person();
      const first = await addNotification(db().db, red(id, ws, 'nps'), at('09:00'));
      expect(first).toMatchObject({ workspace: ws, kind: 'kpi.red', readAt: null });
      expect(await addNotification(db().db, red(id, ws, 'nps'), at('09:05'))).toBeUndefined();
      await addNotification(db().db, red(id, ws, 'churn'), at('09:10'));
      const inbox = await listNotifications(db().db, id);
      expect(inbox.map((n) => n.subject['kpi'])).toEqual(['churn', 'nps']);
      expect(await countUnread(db().db, id)).toBe(2);
    });

    it('keeps a muted notification as a read marker, so it is not sent later either', async () => {
      const ws = await freshWorkspace(db().db);
      const { id } = await person();
      const muted = await addNotification(db().db, red(id, ws, 'nps'), at('09:00'), false);
      expect(muted?.readAt).toBe(at('09:00').toISOString());
      expect(await countUnread(db().db, id)).toBe(0);
      expect(await addNotification(db().db, red(id, ws, 'nps'), at('10:00'))).toBeUndefined();
    });

    it("marks some or all read, and only the person's own", async () => {
      const ws = await freshWorkspace(db().db);
      const me = await person();
      const other = await person();
      const a = await addNotification(db().db, red(me.id, ws, 'a'), at('09:00'));
      await addNotification(db().db, red(me.id, ws, 'b'), at('09:01'));
      const theirs = await addNotification(db().db, red(other.id, ws, 'a'), at('09:02'));
      expect(
        await markNotificationsRead(db().db, me.id, [a?.id ?? '', theirs?.id ?? ''], at('10:00')),
      ).toBe(1);
      expect(await countUnread(db().db, me.id)).toBe(1);
      expect(await countUnread(db().db, other.id)).toBe(1);
      expect(await markNotificationsRead(db().db, me.id, undefined, at('10:00'))).toBe(1);
      expect(await listNotifications(db().db, me.id, { unreadOnly: true })).toEqual([]);
    });

    it('stores channel choices per kind and changes them in place', async () => {
      const { id } = await person();
      expect(await getNotificationPreferences(db().db, id)).toEqual([]);
      await putNotificationPreferences(db().db, id, [
        { kind: 'kpi.red', inApp: true, email: true },
      ]);
      await putNotificationPreferences(db().db, id, [
        { kind: 'kpi.red', inApp: false, email: false },
        { kind: 'digest.monthly', inApp: true, email: false },
      ]);
      expect(await getNotificationPreferences(db().db, id)).toEqual([
        { kind: 'digest.monthly', inApp: true, email: false },
        { kind: 'kpi.red', inApp: false, email: false },
      ]);
    });
  });

  describe('cycle settings', () => {
    it('has none until chosen, then keeps the last choice', async () => {
      const ws = await freshWorkspace(db().db);
      expect(await getCycleSettings(db().db, ws)).toBeUndefined();
      const settings = { graceDays: 5, remindDaysBefore: 3, remindDaysAfter: null, digestDay: 2 };
      await putCycleSettings(db().db, ws, settings, at('09:00'));
      await putCycleSettings(db().db, ws, { ...settings, graceDays: 10 }, at('09:01'));
      expect(await getCycleSettings(db().db, ws)).toEqual({ ...settings, graceDays: 10 });
    });
  });

  describe('status marks', () => {
    it('remembers the last state of each subject, per workspace', async () => {
      const ws = await freshWorkspace(db().db);
      const other = await freshWorkspace(db().db);
      await putStatusMarks(
        db().db,
        ws,
        [{ subject: 'kpi:corp/nps', state: 'green', period: '2026-10' }],
        at('09:00'),
      );
      await putStatusMarks(
        db().db,
        ws,
        [{ subject: 'kpi:corp/nps', state: 'red', period: '2026-11' }],
        at('10:00'),
      );
      expect(await getStatusMarks(db().db, ws)).toEqual(new Map([['kpi:corp/nps', 'red']]));
      expect(await getStatusMarks(db().db, other)).toEqual(new Map());
    });
  });
});

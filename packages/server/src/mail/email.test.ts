import { randomBytes } from 'node:crypto';
import { createWorkspace, getJobByDedupeKey, listNotifications } from '@bearing/db';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPerson } from '../access.test-support.ts';
import { EMAIL_JOB, notifyPeople } from '../cycle/notify.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import { emailJobHandler } from './email-job.ts';
import { type Mailer, createMailer } from './mailer.ts';
import { type SmtpReceiver, startSmtpReceiver } from './smtp-receiver.test-support.ts';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const NOW = new Date('2026-12-03T09:00:00Z');

let smtp: SmtpReceiver;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
});
afterAll(() => smtp.close());

forEachDialect(({ db }) => {
  describe('e-mail notifications through a real SMTP server', () => {
    async function setUp(emailDomain?: string) {
      const ws = `mail-${randomBytes(4).toString('hex')}`;
      await createWorkspace(
        db().db,
        { key: ws, name: 'St. Clara Hospice', organization: null },
        { actor: 'setup', now: NOW },
      );
      const ana = await createTestPerson(db().db, {
        name: 'ana',
        memberships: [{ workspace: ws, role: 'updater' }],
        ...(emailDomain === undefined ? {} : { emailDomain }),
      });
      return { ws, ana };
    }

    function schedulerWith(mailer: Mailer | undefined) {
      return new Scheduler({
        database: db(),
        log: silent,
        handlers: { [EMAIL_JOB]: emailJobHandler(mailer, 'https://bearing.example.org') },
        planners: [],
        now: () => NOW,
      });
    }

    const mailer = () =>
      createMailer({
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        auth: { user: 'bearing', password: 'secret' },
        from: 'Bearing <bearing@example.org>',
      });

    async function remind(ws: string, accountId: string, tag: string) {
      return notifyPeople(
        db().db,
        [accountId],
        {
          workspace: ws,
          kind: 'reminder.overdue',
          title: `Reminder: 2 values overdue for 2026-11 (${tag})`,
          body: 'Bed occupancy (Hospice), due by 2026-12-05',
          link: `/w/${ws}/updates?period=2026-11`,
          subject: { period: '2026-11' },
          dedupeKey: `test:${tag}`,
          mail: {
            template: 'reminder',
            workspaceName: 'St. Clara Hospice',
            period: '2026-11',
            kpis: [
              {
                kpiName: 'Bed occupancy',
                scorecardName: 'Hospice',
                dueBy: '2026-12-05',
                state: 'overdue',
              },
              {
                kpiName: 'Pain <controlled> & comfort',
                scorecardName: 'Care',
                dueBy: '2026-12-05',
                state: 'due',
              },
            ],
          },
        },
        NOW,
      );
    }

    it('sends a reminder to the owner, naming each value and linking to My updates', async () => {
      const { ws, ana } = await setUp();
      const tag = randomBytes(3).toString('hex');
      expect(await remind(ws, ana.account.id, tag)).toBe(1);
      await schedulerWith(mailer()).tick();
      const mail = smtp.mails.find((m) => m.subject.includes(tag));
      expect(mail).toBeDefined();
      expect(mail?.to).toEqual([ana.account.email]);
      expect(mail?.from).toBe('bearing@example.org');
      expect(mail?.user).toBe('bearing');
      expect(mail?.text).toContain('These values are owed to St. Clara Hospice for 2026-11:');
      expect(mail?.text).toContain('- Bed occupancy (Hospice): overdue, was due by 2026-12-05');
      expect(mail?.text).toContain('- Pain <controlled> & comfort (Care): due by 2026-12-05');
      expect(mail?.text).toContain(
        `Enter them in Bearing: https://bearing.example.org/w/${ws}/updates?period=2026-11`,
      );
      // The HTML escapes what people typed and links to the same page.
      expect(mail?.html).toContain('Pain &lt;controlled&gt; &amp; comfort');
      expect(mail?.html).toContain(
        `href="https://bearing.example.org/w/${ws}/updates?period=2026-11"`,
      );
    });

    it('sends each e-mail once, however often the scheduler runs', async () => {
      const { ws, ana } = await setUp();
      const tag = randomBytes(3).toString('hex');
      await remind(ws, ana.account.id, tag);
      await remind(ws, ana.account.id, tag);
      const scheduler = schedulerWith(mailer());
      await scheduler.tick();
      await scheduler.tick();
      expect(smtp.mails.filter((m) => m.subject.includes(tag))).toHaveLength(1);
    });

    it('sends nothing without an SMTP server, and the notice stays in the app', async () => {
      const { ws, ana } = await setUp();
      const tag = randomBytes(3).toString('hex');
      await remind(ws, ana.account.id, tag);
      await schedulerWith(undefined).tick();
      expect(smtp.mails.some((m) => m.subject.includes(tag))).toBe(false);
      const [notice] = await listNotifications(db().db, ana.account.id);
      expect(notice?.title).toContain(tag);
      const inbox = await listNotifications(db().db, ana.account.id);
      const job = await getJobByDedupeKey(db().db, `email:${inbox[0]?.id ?? ''}`);
      expect(job?.state).toBe('done');
    });

    it('retries when the SMTP server refuses the recipient, keeping its answer', async () => {
      const { ws, ana } = await setUp('refused.example');
      const tag = randomBytes(3).toString('hex');
      await remind(ws, ana.account.id, tag);
      await schedulerWith(mailer()).tick();
      const [notice] = await listNotifications(db().db, ana.account.id);
      const job = await getJobByDedupeKey(db().db, `email:${notice?.id ?? ''}`);
      expect(job?.state).toBe('queued');
      expect(job?.attempts).toBe(1);
      expect(job?.lastError).toMatch(/no such mailbox/);
    });

    it('does not send for a muted e-mail channel', async () => {
      const { ws, ana } = await setUp();
      const { putNotificationPreferences } = await import('@bearing/db');
      await putNotificationPreferences(db().db, ana.account.id, [
        { kind: 'reminder.overdue', inApp: true, email: false },
      ]);
      const tag = randomBytes(3).toString('hex');
      await remind(ws, ana.account.id, tag);
      const [notice] = await listNotifications(db().db, ana.account.id);
      expect(await getJobByDedupeKey(db().db, `email:${notice?.id ?? ''}`)).toBeUndefined();
    });
  });
});

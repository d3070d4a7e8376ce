import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { initiativeId, kpiId, objectiveId, parseStrategyText, scorecardId } from '@bearing/core';
import {
  createWebhook,
  createWorkspace,
  listDeliveries,
  listJobs,
  listNotifications,
  putStatusMarks,
  saveStrategy,
} from '@bearing/db';
import {
  buildInitiative,
  buildKpi,
  buildObjective,
  buildScorecard,
  buildStrategy,
  values,
} from '@bearing/testing';
import { forEachDialect } from '@bearing/testing/databases';
import { describe, expect, it } from 'vitest';
import { createTestPerson } from '../access.test-support.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import { CYCLE_SCAN_JOB, cycleScanHandler, planCycleScans } from './cycle-scan.ts';
import { EMAIL_JOB } from './notify.ts';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
// Local time, as the server's calendar: the scan's "today" is the server's day.
const localNoon = (month: number, day: number, hour = 12) => new Date(2026, month - 1, day, hour);

forEachDialect(({ db }) => {
  describe('the update cycle scan', () => {
    async function setUp() {
      const ws = `cycle-${randomBytes(4).toString('hex')}`;
      await createWorkspace(
        db().db,
        { key: ws, name: 'Acme', organization: null },
        {
          actor: 'setup',
          now: localNoon(11, 1),
        },
      );
      const person = (name: string, role: 'updater' | 'admin') =>
        createTestPerson(db().db, { name, memberships: [{ workspace: ws, role }] });
      const ana = await person('ana', 'updater');
      const ben = await person('ben', 'updater');
      const cat = await person('cat', 'admin');
      const strategy = (revenueNovember: number) =>
        buildStrategy({
          scorecards: [
            buildScorecard({
              id: scorecardId('corp'),
              name: 'Corporate',
              objectives: [
                buildObjective({
                  id: objectiveId('grow'),
                  kpis: [
                    buildKpi({
                      id: kpiId('revenue'),
                      name: 'Revenue',
                      // Written in other case and spacing than the account: still Ana.
                      owner: ` ${ana.account.email.toUpperCase()} `,
                      values: values({ '2026-10': 95, '2026-11': revenueNovember }),
                    }),
                    buildKpi({
                      id: kpiId('nps'),
                      name: 'Net Promoter Score',
                      owner: ben.account.email,
                      values: values({ '2026-10': 90 }),
                    }),
                    buildKpi({ id: kpiId('qa'), name: 'QA hours', owner: 'QA Lead' }),
                  ],
                }),
              ],
            }),
          ],
        });
      const save = (revenueNovember: number, replace = false) =>
        saveStrategy(db().db, ws, strategy(revenueNovember), {
          actor: 'test',
          now: localNoon(12, 1),
          replace,
        });
      await save(96);
      let now = localNoon(12, 1);
      const scheduler = new Scheduler({
        database: db(),
        log: silent,
        handlers: { [CYCLE_SCAN_JOB]: cycleScanHandler },
        planners: [planCycleScans],
        now: () => now,
      });
      const at = async (time: Date) => {
        now = time;
        await scheduler.tick();
      };
      const inbox = async (who: { account: { id: string } }) =>
        (await listNotifications(db().db, who.account.id)).filter((n) => n.workspace === ws);
      return { ws, ana, ben, cat, save, at, inbox };
    }

    it('reminds an owner of a value due soon once, by in-app notice and e-mail', async () => {
      const { ana, ben, at, inbox } = await setUp();
      await at(localNoon(12, 1));
      expect(await inbox(ben)).toEqual([]);
      // November is due by December 5; three days before, Ben is reminded.
      await at(localNoon(12, 2, 9));
      await at(localNoon(12, 2, 15));
      await at(localNoon(12, 3, 9));
      const notices = await inbox(ben);
      expect(notices.map((n) => [n.kind, n.title])).toEqual([
        ['reminder.due-soon', '1 value due for 2026-11'],
      ]);
      expect(notices[0]?.body).toBe('Net Promoter Score (Corporate), due by 2026-12-05');
      expect(notices[0]?.link).toMatch(/^\/w\/cycle-[0-9a-f]+\/updates\?period=2026-11$/);
      // Ana entered her value: nothing to remind her of.
      expect(await inbox(ana)).toEqual([]);
      const mails = (await listJobs(db().db, { kind: EMAIL_JOB, limit: 1000 })).filter(
        (j) => (j.payload as { notificationId: string }).notificationId === notices[0]?.id,
      );
      expect(mails).toHaveLength(1);
      // Overdue from the 6th: the overdue reminder comes once too.
      await at(localNoon(12, 6, 9));
      await at(localNoon(12, 7, 9));
      expect((await inbox(ben)).map((n) => n.kind)).toEqual([
        'reminder.overdue',
        'reminder.due-soon',
      ]);
    });

    it("tells the KPI's owner and the admins once when a KPI turns red, and when it recovers", async () => {
      const { ws, ana, ben, cat, save, at, inbox } = await setUp();
      const { record: hook } = await createWebhook(
        db().db,
        ws,
        {
          url: 'http://127.0.0.1:9/hook',
          description: '',
          events: ['status.changed'],
          active: true,
          createdBy: 'test',
        },
        localNoon(12, 1),
      );
      // The first scan only records what it sees: Revenue is green.
      await at(localNoon(12, 1, 9));
      expect(await inbox(ana)).toEqual([]);
      await save(10, true);
      await at(localNoon(12, 1, 10));
      await at(localNoon(12, 1, 11));
      for (const person of [ana, cat]) {
        expect((await inbox(person)).map((n) => n.title)).toEqual(['Revenue turned red']);
      }
      expect((await inbox(ben)).some((n) => n.kind === 'kpi.red')).toBe(false);
      const [red] = await inbox(ana);
      expect(red?.body).toBe('Revenue (Corporate) is red in 2026-11; it was green.');
      const events = await listDeliveries(db().db, hook.id);
      expect(events.map((d) => d.event)).toEqual(['status.changed']);
      await save(97, true);
      await at(localNoon(12, 1, 12));
      expect((await inbox(ana)).map((n) => n.kind)).toEqual(['kpi.recovered', 'kpi.red']);
    });

    it('tells the initiative and objective owners and the admins once of a late, over-budget initiative', async () => {
      const { ws, ana, ben, cat, at, inbox } = await setUp();
      const withInitiative = (due: string) =>
        buildStrategy({
          scorecards: [
            buildScorecard({
              id: scorecardId('corp'),
              name: 'Corporate',
              objectives: [
                buildObjective({
                  id: objectiveId('grow'),
                  owner: ana.account.email,
                  initiatives: [
                    buildInitiative({
                      id: initiativeId('crm'),
                      name: 'New CRM',
                      due,
                      status: 'on-track',
                      budget: 100,
                      spent: 150,
                    }),
                  ],
                }),
              ],
            }),
          ],
        });
      const save = (due: string) =>
        saveStrategy(db().db, ws, withInitiative(due), {
          actor: 'test',
          now: localNoon(12, 1),
          replace: true,
        });
      await save('2026-11-20');
      await at(localNoon(12, 1, 9));
      await at(localNoon(12, 1, 10));
      for (const person of [ana, cat]) {
        expect((await inbox(person)).map((n) => n.title).sort()).toEqual([
          'New CRM is late',
          'New CRM is over budget',
        ]);
      }
      expect(await inbox(ben)).toEqual([]);
      const late = (await inbox(ana)).find((n) => n.kind === 'initiative.late');
      expect(late?.body).toBe('New CRM was due on 2026-11-20 and is on-track. (Corporate)');
      expect(late?.link).toBe(`/w/${ws}/s/corp/objectives/grow`);
      // Replanned, and late again: told again about the new due day, not the budget.
      await save('2026-11-25');
      await at(localNoon(12, 1, 11));
      expect((await inbox(ana)).map((n) => n.kind).sort()).toEqual([
        'initiative.late',
        'initiative.late',
        'initiative.over-budget',
      ]);
    });

    it("tells the objectives' owners and the admins once when a link becomes contradicted", async () => {
      const { ws, ana, ben, cat, at, inbox } = await setUp();
      // The evidence fixture: the link qa → cost is contradicted by its history.
      const parsed = parseStrategyText(
        readFileSync(
          new URL('../../../cli/src/__fixtures__/evidence.yaml', import.meta.url),
          'utf8',
        ),
      );
      if (!parsed.ok) throw new Error('the evidence fixture does not parse');
      const owned = {
        ...parsed.value,
        scorecards: parsed.value.scorecards.map((sc) => ({
          ...sc,
          objectives: sc.objectives.map((o) =>
            o.id === 'qa' ? { ...o, owner: ana.account.email } : o,
          ),
        })),
      };
      await saveStrategy(db().db, ws, owned, {
        actor: 'test',
        now: localNoon(12, 1),
        replace: true,
      });
      // First sight records the verdicts and announces nothing.
      await at(localNoon(12, 1, 9));
      expect((await inbox(ana)).filter((n) => n.kind === 'hypothesis.contradicted')).toEqual([]);
      // As if the last scan had seen the link supported: now it has turned.
      await putStatusMarks(
        db().db,
        ws,
        [{ subject: 'link:corp/qa->cost', state: 'supported', period: '2027-05' }],
        localNoon(12, 1, 9),
      );
      await at(localNoon(12, 1, 10));
      await at(localNoon(12, 1, 11));
      for (const person of [ana, cat]) {
        const notices = (await inbox(person)).filter((n) => n.kind === 'hypothesis.contradicted');
        expect(notices).toHaveLength(1);
        expect(notices[0]?.link).toBe(`/w/${ws}/s/corp/evidence`);
        expect(notices[0]?.title).toMatch(/^The data contradicts ".+" → ".+"$/);
      }
      expect((await inbox(ben)).some((n) => n.kind === 'hypothesis.contradicted')).toBe(false);
    });
  });
});

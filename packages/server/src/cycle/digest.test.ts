import { randomBytes } from 'node:crypto';
import { kpiId, objectiveId, scorecardId } from '@bearing/core';
import { createWorkspace, listNotifications, putCycleSettings, saveStrategy } from '@bearing/db';
import { buildKpi, buildObjective, buildScorecard, buildStrategy, values } from '@bearing/testing';
import { forEachDialect } from '@bearing/testing/databases';
import { describe, expect, it } from 'vitest';
import { createTestPerson } from '../access.test-support.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import { DIGEST_JOB, digestHandler, planDigests } from './digest.ts';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const localNoon = (month: number, day: number) => new Date(2026, month - 1, day, 12);

forEachDialect(({ db }) => {
  describe('the monthly digest', () => {
    it('reaches every member once on the digest day, and nobody before it', async () => {
      const ws = `digest-${randomBytes(4).toString('hex')}`;
      const ctx = { actor: 'setup', now: localNoon(12, 1) };
      await createWorkspace(db().db, { key: ws, name: 'Clinic', organization: null }, ctx);
      const viewer = await createTestPerson(db().db, {
        name: 'vic',
        memberships: [{ workspace: ws, role: 'viewer' }],
      });
      const admin = await createTestPerson(db().db, {
        name: 'ada',
        memberships: [{ workspace: ws, role: 'admin' }],
      });
      await saveStrategy(
        db().db,
        ws,
        buildStrategy({
          scorecards: [
            buildScorecard({
              id: scorecardId('care'),
              name: 'Care',
              objectives: [
                buildObjective({
                  id: objectiveId('o'),
                  kpis: [
                    buildKpi({
                      id: kpiId('visits'),
                      name: 'Home visits',
                      values: values({ '2026-10': 10 }),
                    }),
                  ],
                }),
              ],
            }),
          ],
        }),
        { ...ctx, actor: 'test' },
      );
      await putCycleSettings(
        db().db,
        ws,
        { graceDays: 5, remindDaysBefore: null, remindDaysAfter: null, digestDay: 3 },
        ctx.now,
      );
      let now = localNoon(12, 2);
      const scheduler = new Scheduler({
        database: db(),
        log: silent,
        handlers: { [DIGEST_JOB]: digestHandler },
        planners: [planDigests],
        now: () => now,
      });
      await scheduler.tick();
      expect(await listNotifications(db().db, viewer.account.id)).toEqual([]);
      now = localNoon(12, 3);
      await scheduler.tick();
      now = localNoon(12, 4);
      await scheduler.tick();
      for (const person of [viewer, admin]) {
        const inbox = await listNotifications(db().db, person.account.id);
        expect(inbox.map((n) => n.title)).toEqual(['Clinic: the month in brief (2026-11)']);
        expect(inbox[0]?.body).toContain('Care (2026-10): score');
        expect(inbox[0]?.body).toContain('1 value for 2026-11 still to come (0 overdue).');
      }
    });
  });
});

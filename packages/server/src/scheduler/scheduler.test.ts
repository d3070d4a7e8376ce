import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { enqueueJob, getJob, listJobs, renewLease } from '@bearing/db';
import { forEachDialect } from '@bearing/testing/databases';
import type { JobHandlers } from './job-types.ts';
import { type Planner, Scheduler, type SchedulerOptions } from './scheduler.ts';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const at = (hhmm: string) => new Date(`2026-12-04T${hhmm}:00.000Z`);

/** A clock the test moves by hand. */
function fakeClock(start: Date) {
  let now = start;
  return {
    now: () => now,
    set: (to: Date) => {
      now = to;
    },
  };
}

forEachDialect(({ db }) => {
  // A job kind of its own per test: tests share the database and must not run each other's jobs.
  const kind = () => `test-${randomBytes(6).toString('hex')}`;
  const scheduler = (options: Omit<SchedulerOptions, 'database' | 'log'>) =>
    new Scheduler({ database: db(), log: silent, ...options });

  describe('the scheduler', () => {
    it('runs a due job with its payload and the clock reading, then marks it done', async () => {
      const k = kind();
      const clock = fakeClock(at('09:00'));
      const seen: { payload: unknown; now: string; attempt: number }[] = [];
      const handlers: JobHandlers = {
        [k]: (job, ctx) => {
          seen.push({ payload: job.payload, now: ctx.now.toISOString(), attempt: job.attempt });
          return Promise.resolve(undefined);
        },
      };
      await enqueueJob(
        db().db,
        { kind: k, payload: { kpi: 'nps' }, runAt: at('10:00') },
        at('09:00'),
      );
      const s = scheduler({ handlers, now: clock.now });
      expect(await s.tick()).toBe(0);
      clock.set(at('10:00'));
      expect(await s.tick()).toBe(1);
      expect(seen).toEqual([
        { payload: { kpi: 'nps' }, now: at('10:00').toISOString(), attempt: 1 },
      ]);
      const [job] = await listJobs(db().db, { kind: k });
      expect(job).toMatchObject({ state: 'done', finishedAt: at('10:00').toISOString() });
    });

    it('retries a job that throws with a growing backoff, then fails it with the error', async () => {
      const k = kind();
      const clock = fakeClock(at('09:00'));
      const handlers: JobHandlers = { [k]: () => Promise.reject(new Error('SMTP 421: try later')) };
      await enqueueJob(db().db, { kind: k, maxAttempts: 3 }, at('09:00'));
      const s = scheduler({ handlers, now: clock.now });
      expect(await s.tick()).toBe(1);
      const [first] = await listJobs(db().db, { kind: k });
      expect(first).toMatchObject({ state: 'queued', runAt: '2026-12-04T09:00:30.000Z' });
      expect(first?.lastError).toBe('SMTP 421: try later');
      clock.set(new Date('2026-12-04T09:00:30.000Z'));
      expect(await s.tick()).toBe(1);
      expect((await getJob(db().db, first?.id ?? ''))?.runAt).toBe('2026-12-04T09:01:30.000Z');
      clock.set(at('09:02'));
      expect(await s.tick()).toBe(1);
      expect(await getJob(db().db, first?.id ?? '')).toMatchObject({
        state: 'failed',
        attempts: 3,
      });
      clock.set(at('12:00'));
      expect(await s.tick()).toBe(0);
    });

    it("retries when the handler says so, at the handler's time", async () => {
      const k = kind();
      const clock = fakeClock(at('09:00'));
      const handlers: JobHandlers = {
        [k]: () => Promise.resolve({ retry: true, error: 'HTTP 503', retryAt: at('09:05') }),
      };
      await enqueueJob(db().db, { kind: k }, at('09:00'));
      await scheduler({ handlers, now: clock.now }).tick();
      expect((await listJobs(db().db, { kind: k }))[0]).toMatchObject({
        state: 'queued',
        runAt: at('09:05').toISOString(),
        lastError: 'HTTP 503',
      });
    });

    it('runs every job exactly once when several processes work the same table', async () => {
      const k = kind();
      const clock = fakeClock(at('09:00'));
      const runs = new Map<unknown, number>();
      const handlers: JobHandlers = {
        [k]: async (job) => {
          runs.set(job.payload, (runs.get(job.payload) ?? 0) + 1);
          await new Promise((resolve) => setTimeout(resolve, 2));
          return undefined;
        },
      };
      for (let i = 0; i < 40; i++) await enqueueJob(db().db, { kind: k, payload: i }, at('09:00'));
      const processes = ['a', 'b', 'c'].map((owner) =>
        scheduler({ handlers, now: clock.now, owner, batchSize: 3 }),
      );
      const ran = await Promise.all(processes.map((p) => p.tick()));
      expect(ran.reduce((sum, n) => sum + n, 0)).toBe(40);
      expect([...runs.values()].every((n) => n === 1)).toBe(true);
      expect(runs.size).toBe(40);
    });

    it('plans recurring work once however many processes plan it', async () => {
      const k = kind();
      const clock = fakeClock(at('09:10'));
      let ran = 0;
      const handlers: JobHandlers = {
        [k]: () => {
          ran++;
          return Promise.resolve(undefined);
        },
      };
      // One job per hour: the hour is in the dedupe key.
      const hourly: Planner = (ctx) =>
        ctx.enqueue({ kind: k, dedupeKey: `${k}:${ctx.now.toISOString().slice(0, 13)}` });
      const processes = ['a', 'b'].map((owner) =>
        scheduler({ handlers, planners: [hourly], now: clock.now, owner }),
      );
      await Promise.all(processes.map((p) => p.tick()));
      clock.set(at('09:50'));
      await Promise.all(processes.map((p) => p.tick()));
      expect(ran).toBe(1);
      clock.set(at('10:01'));
      await Promise.all(processes.map((p) => p.tick()));
      expect(ran).toBe(2);
    });

    it('keeps a long job by renewing its lease, so no other process runs it meanwhile', async () => {
      const k = kind();
      let runs = 0;
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const handlers: JobHandlers = {
        [k]: async () => {
          runs++;
          await gate;
          return undefined;
        },
      };
      await enqueueJob(db().db, { kind: k }, new Date(Date.now() - 1000));
      const real = () => new Date();
      const slow = scheduler({ handlers, now: real, owner: 'slow', leaseMs: 300 });
      const other = scheduler({ handlers, now: real, owner: 'other', leaseMs: 300 });
      const working = slow.tick();
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(await other.tick()).toBe(0);
      release();
      expect(await working).toBe(1);
      expect(runs).toBe(1);
      expect((await listJobs(db().db, { kind: k }))[0]?.state).toBe('done');
    });

    it('does not run a job of its batch whose lease ran out while an earlier one ran', async () => {
      const k = kind();
      const clock = fakeClock(at('09:00'));
      const runs: string[] = [];
      const handlers: JobHandlers = {
        [k]: async (job) => {
          runs.push(job.payload as string);
          if (job.payload !== 'first') return undefined;
          // The first job outlasts the lease of the second, which another process then takes.
          clock.set(at('09:05'));
          // What the heartbeat does for the running job (its timer runs on the real clock).
          expect(await renewLease(db().db, job.id, 'busy', clock.now(), 60_000)).toBe(true);
          expect(await other.tick()).toBe(1);
          return undefined;
        },
      };
      await enqueueJob(db().db, { kind: k, payload: 'first' }, at('08:58'));
      await enqueueJob(db().db, { kind: k, payload: 'second' }, at('08:59'));
      const busy = scheduler({ handlers, now: clock.now, owner: 'busy', leaseMs: 60_000 });
      const other = scheduler({ handlers, now: clock.now, owner: 'other', leaseMs: 60_000 });
      expect(await busy.tick()).toBe(1);
      expect(runs.sort()).toEqual(['first', 'second']);
    });

    it('polls on its own once started, and stops cleanly', async () => {
      const k = kind();
      let ran = 0;
      const handlers: JobHandlers = {
        [k]: () => {
          ran++;
          return Promise.resolve(undefined);
        },
      };
      await enqueueJob(db().db, { kind: k }, new Date(Date.now() - 1000));
      const s = scheduler({ handlers, now: () => new Date(), pollMs: 20 });
      s.start();
      await expect.poll(() => ran, { timeout: 5000 }).toBe(1);
      await s.stop();
      await enqueueJob(db().db, { kind: k }, new Date(Date.now() - 1000));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(ran).toBe(1);
    });
  });
});

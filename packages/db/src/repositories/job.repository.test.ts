import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@bearing/testing/databases';
import {
  claimJobs,
  completeJob,
  enqueueJob,
  getJob,
  getJobByDedupeKey,
  listJobs,
  renewLease,
  retryJob,
} from './job.repository.ts';

const at = (hhmm: string) => new Date(`2026-12-04T${hhmm}:00.000Z`);
const MINUTE = 60_000;

forEachDialect(({ db }) => {
  // A kind of its own per test, so tests sharing the database never claim each other's jobs.
  const kind = () => `test-${randomBytes(6).toString('hex')}`;
  const claim = (k: string, owner: string, now: Date, limit = 10) =>
    claimJobs(db().db, { owner, now, leaseMs: 5 * MINUTE, limit, kinds: [k] });

  describe('jobs', () => {
    it('queues a job once per dedupe key, and any number without one', async () => {
      const k = kind();
      const key = `${k}:reminder:2026-11`;
      expect(await enqueueJob(db().db, { kind: k, dedupeKey: key }, at('09:00'))).toBe(true);
      expect(await enqueueJob(db().db, { kind: k, dedupeKey: key }, at('09:01'))).toBe(false);
      expect(await enqueueJob(db().db, { kind: k }, at('09:00'))).toBe(true);
      expect(await enqueueJob(db().db, { kind: k }, at('09:00'))).toBe(true);
      expect(await listJobs(db().db, { kind: k })).toHaveLength(3);
      expect((await getJobByDedupeKey(db().db, key))?.createdAt).toBe(at('09:00').toISOString());
    });

    it('claims only jobs whose time has come, oldest first, with the payload parsed', async () => {
      const k = kind();
      const payload = { kpi: 'nps', owners: ['a@example.com'] };
      await enqueueJob(db().db, { kind: k, payload, runAt: at('10:00') }, at('09:00'));
      await enqueueJob(db().db, { kind: k, payload: 2, runAt: at('09:30') }, at('09:00'));
      expect(await claim(k, 'p1', at('09:15'))).toEqual([]);
      const first = await claim(k, 'p1', at('09:45'));
      expect(first.map((j) => j.payload)).toEqual([2]);
      await completeJob(db().db, first[0]?.id ?? '', 'p1', at('09:46'));
      const second = await claim(k, 'p1', at('10:00'));
      expect(second.map((j) => j.payload)).toEqual([payload]);
      expect(second[0]).toMatchObject({ state: 'running', attempts: 1, leaseOwner: 'p1' });
      expect(second[0]?.leaseExpiresAt).toBe(
        new Date(at('10:00').getTime() + 5 * MINUTE).toISOString(),
      );
    });

    it('never gives one job to two processes claiming at the same moment', async () => {
      const k = kind();
      for (let i = 0; i < 30; i++) await enqueueJob(db().db, { kind: k, payload: i }, at('09:00'));
      const owners = ['p1', 'p2', 'p3', 'p4', 'p5'];
      const rounds = await Promise.all(owners.map((o) => claim(k, o, at('09:05'), 8)));
      const ids = rounds.flat().map((j) => j.id);
      expect(new Set(ids).size).toBe(ids.length);
      // Whatever one round missed because another held its rows, later rounds find.
      const rest = await claim(k, 'p6', at('09:05'), 100);
      expect(ids.length + rest.length).toBe(30);
    });

    it('lets another process take a job whose lease ran out, and fences the first one off', async () => {
      const k = kind();
      await enqueueJob(db().db, { kind: k }, at('09:00'));
      const [job] = await claim(k, 'crashed', at('09:00'));
      if (!job) throw new Error('expected a job');
      expect(await claim(k, 'p2', at('09:04'))).toEqual([]);
      const [again] = await claim(k, 'p2', at('09:05'));
      expect(again).toMatchObject({ id: job.id, attempts: 2, leaseOwner: 'p2' });
      expect(await completeJob(db().db, job.id, 'crashed', at('09:06'))).toBe(false);
      expect(await renewLease(db().db, job.id, 'crashed', at('09:06'), MINUTE)).toBe(false);
      expect(await completeJob(db().db, job.id, 'p2', at('09:06'))).toBe(true);
      expect(await getJob(db().db, job.id)).toMatchObject({ state: 'done', leaseOwner: null });
      expect(await claim(k, 'p3', at('12:00'))).toEqual([]);
    });

    it('keeps a job while its lease is renewed', async () => {
      const k = kind();
      await enqueueJob(db().db, { kind: k }, at('09:00'));
      const [job] = await claim(k, 'p1', at('09:00'));
      if (!job) throw new Error('expected a job');
      expect(await renewLease(db().db, job.id, 'p1', at('09:04'), 5 * MINUTE)).toBe(true);
      expect(await claim(k, 'p2', at('09:06'))).toEqual([]);
      expect(await claim(k, 'p2', at('09:09'))).toHaveLength(1);
    });

    it('retries at the time asked, then fails for good with the last error', async () => {
      const k = kind();
      await enqueueJob(db().db, { kind: k, maxAttempts: 2 }, at('09:00'));
      const [job] = await claim(k, 'p1', at('09:00'));
      if (!job) throw new Error('expected a job');
      const request = { now: at('09:01'), error: 'HTTP 500', retryAt: at('09:10') };
      expect(await retryJob(db().db, job.id, 'p1', request)).toBe('queued');
      expect(await claim(k, 'p1', at('09:09'))).toEqual([]);
      expect(await claim(k, 'p1', at('09:10'))).toHaveLength(1);
      const last = { now: at('09:11'), error: 'HTTP 502: bad gateway', retryAt: at('09:20') };
      expect(await retryJob(db().db, job.id, 'p1', last)).toBe('failed');
      expect(await getJob(db().db, job.id)).toMatchObject({
        state: 'failed',
        attempts: 2,
        lastError: 'HTTP 502: bad gateway',
        finishedAt: at('09:11').toISOString(),
      });
      expect(await retryJob(db().db, job.id, 'p1', last)).toBe('lost');
    });

    it('fails a job whose process died on its last attempt instead of running it again', async () => {
      const k = kind();
      await enqueueJob(db().db, { kind: k, maxAttempts: 1 }, at('09:00'));
      const [job] = await claim(k, 'crashed', at('09:00'));
      if (!job) throw new Error('expected a job');
      expect(await claim(k, 'p2', at('09:30'))).toEqual([]);
      expect(await getJob(db().db, job.id)).toMatchObject({ state: 'failed', attempts: 1 });
    });

    it('claims only the kinds asked for', async () => {
      const mine = kind();
      const other = kind();
      await enqueueJob(db().db, { kind: other }, at('09:00'));
      expect(await claim(mine, 'p1', at('09:00'))).toEqual([]);
      expect(await claim(other, 'p1', at('09:00'))).toHaveLength(1);
    });

    it('refuses a job that could never run', async () => {
      await expect(
        enqueueJob(db().db, { kind: kind(), maxAttempts: 0 }, at('09:00')),
      ).rejects.toThrow(/maxAttempts must be a whole number ≥ 1/);
    });
  });
});

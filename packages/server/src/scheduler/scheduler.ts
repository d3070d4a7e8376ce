import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import {
  type Database,
  type JobRecord,
  claimJobs,
  completeJob,
  enqueueJob,
  renewLease,
  retryJob,
} from '@bearing/db';
import type { ClaimedJob, JobContext, JobHandlers, JobOutcome, NewJob } from './job-types.ts';

/**
 * Runs the background work of the update cycle from the `jobs` table. Every `bearing serve`
 * process runs one; they share the table, so work is spread over them and a job is run by one
 * process at a time (the lease). Recurring work is planned by `planners` on every tick with
 * dedupe keys per time bucket, so however many processes plan, each bucket is planned once.
 */

export interface SchedulerLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Plans recurring work (e.g. one scan per workspace per hour) by enqueueing deduplicated jobs. */
export type Planner = (ctx: Pick<JobContext, 'db' | 'now' | 'enqueue' | 'log'>) => Promise<void>;

export interface SchedulerOptions {
  readonly database: Database;
  readonly handlers: JobHandlers;
  readonly planners?: readonly Planner[];
  readonly now: () => Date;
  readonly log: SchedulerLog;
  /** Who holds the leases; unique per process by default. */
  readonly owner?: string;
  /** How long a claimed job is this process's before another may take it; renewed while it runs. */
  readonly leaseMs?: number;
  /** How often to look for due jobs. */
  readonly pollMs?: number;
  /** Jobs claimed per look; they run one after another. */
  readonly batchSize?: number;
}

export const DEFAULT_LEASE_MS = 60_000;
export const DEFAULT_POLL_MS = 5_000;
const DEFAULT_BATCH_SIZE = 5;
/** Retries without a handler's own choice: 30 s, 1 min, 2 min, … up to an hour. */
const backoffMs = (attempt: number) => Math.min(30_000 * 2 ** (attempt - 1), 3_600_000);

export class Scheduler {
  readonly owner: string;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly batchSize: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;

  constructor(private readonly options: SchedulerOptions) {
    this.owner =
      options.owner ?? `${hostname()}:${String(process.pid)}:${randomBytes(4).toString('hex')}`;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  /** Starts polling; the first look is right away. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling and waits for the job in hand to finish (its lease is released by finishing). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /**
   * One tick: plan, then claim and run due jobs until none is left (or the scheduler stops).
   * Returns how many jobs ran. Tests call this directly with a fake clock.
   */
  async tick(): Promise<number> {
    const db = this.options.database.db;
    for (const plan of this.options.planners ?? []) {
      try {
        await plan(this.context(this.options.now()));
      } catch (error) {
        this.options.log.error({ err: error }, 'planning background work failed');
      }
    }
    const kinds = Object.keys(this.options.handlers);
    let ran = 0;
    for (;;) {
      const jobs = await claimJobs(db, {
        owner: this.owner,
        now: this.options.now(),
        leaseMs: this.leaseMs,
        limit: this.batchSize,
        kinds,
      });
      for (const job of jobs) if (await this.run(job)) ran++;
      if (jobs.length < this.batchSize) return ran;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error: unknown) => {
          this.options.log.error({ err: error }, 'the scheduler could not read its jobs');
        })
        .finally(() => {
          this.running = undefined;
          this.schedule(this.pollMs);
        });
    }, delayMs);
    // Pending background work must not keep a stopping process alive.
    this.timer.unref();
  }

  private context(now: Date): JobContext {
    const db = this.options.database;
    return {
      db,
      now,
      log: this.options.log,
      enqueue: async (job: NewJob) => {
        await enqueueJob(db.db, job, now);
      },
    };
  }

  /** Runs one claimed job; false when it was not this process's to run any more. */
  private async run(record: JobRecord): Promise<boolean> {
    const handler = this.options.handlers[record.kind];
    if (!handler) return false;
    const db = this.options.database.db;
    // Jobs of a batch wait while the ones before them run; a wait longer than the lease lets
    // another process take the job, and then it is that process's alone (run once, not twice).
    if (!(await renewLease(db, record.id, this.owner, this.options.now(), this.leaseMs))) {
      this.options.log.warn({ job: record.id, kind: record.kind }, 'a claimed job was taken over');
      return false;
    }
    const job: ClaimedJob = {
      id: record.id,
      kind: record.kind,
      workspaceId: record.workspaceId,
      payload: record.payload,
      attempt: record.attempts,
      maxAttempts: record.maxAttempts,
    };
    // Renew the lease well before it runs out, so a slow but live job is not taken over.
    const heartbeat = setInterval(() => {
      renewLease(db, job.id, this.owner, this.options.now(), this.leaseMs).catch(
        (error: unknown) => {
          this.options.log.warn({ err: error, job: job.id }, 'could not renew a job lease');
        },
      );
    }, this.leaseMs / 3);
    heartbeat.unref();
    let outcome: JobOutcome;
    try {
      outcome = (await handler(job, this.context(this.options.now()))) ?? { done: true };
    } catch (error) {
      outcome = { retry: true, error: error instanceof Error ? error.message : String(error) };
    } finally {
      clearInterval(heartbeat);
    }
    const now = this.options.now();
    if ('done' in outcome) {
      if (!(await completeJob(db, job.id, this.owner, now))) {
        this.options.log.warn(
          { job: job.id, kind: job.kind },
          'a job finished after its lease ran out',
        );
      }
      return true;
    }
    const retryAt = outcome.retryAt ?? new Date(now.getTime() + backoffMs(job.attempt));
    const state = await retryJob(db, job.id, this.owner, { now, error: outcome.error, retryAt });
    const level = state === 'failed' ? 'error' : 'warn';
    this.options.log[level](
      { job: job.id, kind: job.kind, attempt: job.attempt, error: outcome.error, state },
      state === 'failed' ? 'a background job failed for good' : 'a background job will be retried',
    );
    return true;
  }
}

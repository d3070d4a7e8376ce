import type { Database } from '@bearing/db';

/**
 * The contract between the scheduler (which claims jobs from the `jobs` table with a lease) and
 * the code that does the work (reminders, digests, status scans, webhook deliveries). Handlers
 * never read the clock: the scheduler passes "now", so tests run the schedule with a fake clock.
 */

/** A job as a handler sees it: claimed by this process, its payload parsed. */
export interface ClaimedJob {
  readonly id: string;
  readonly kind: string;
  readonly workspaceId: string | null;
  readonly payload: unknown;
  /** 1 on the first run. */
  readonly attempt: number;
  readonly maxAttempts: number;
}

export interface JobContext {
  readonly db: Database;
  /** The scheduler's clock reading for this run. */
  readonly now: Date;
  /**
   * Queue follow-up work (a webhook delivery per receiver, a reminder per owner). A job with a
   * `dedupeKey` that already exists is not queued again, so planning twice plans once.
   */
  readonly enqueue: (job: NewJob) => Promise<void>;
  readonly log: {
    info(obj: object, msg?: string): void;
    warn(obj: object, msg?: string): void;
    error(obj: object, msg?: string): void;
  };
}

export interface NewJob {
  readonly kind: string;
  readonly workspaceId?: string | null;
  readonly payload?: unknown;
  readonly dedupeKey?: string;
  /** Not before; default now. */
  readonly runAt?: Date;
  /** Default 5. */
  readonly maxAttempts?: number;
}

/**
 * What a handler tells the scheduler. Throwing counts as `{ retry: true }` with the error's
 * message. `retryAt` lets a handler choose its own backoff (webhooks: 1m, 5m, 30m, 2h, 6h).
 */
export type JobOutcome =
  | { readonly done: true }
  | { readonly retry: true; readonly error: string; readonly retryAt?: Date };

/** Resolving with `undefined` means done, so the common handler needs no explicit return value. */
export type JobHandler = (job: ClaimedJob, ctx: JobContext) => Promise<JobOutcome | undefined>;

/** Handlers by job kind; the scheduler runs only kinds it has a handler for. */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

import type { ExpressionBuilder } from 'kysely';
import type { DB, Executor } from '../database.ts';
import { newId } from '../ids.ts';
import type { JobTable } from '../tables/update-cycle.table.ts';

/**
 * The job table behind the scheduler (docs/notifications.md). Several server processes share one
 * table: a process claims due jobs with a lease (one UPDATE, so two processes never claim the same
 * job), renews the lease while it works, and finishes the job only while it still holds the lease.
 * A process that dies leaves its lease to run out; the job is then claimed again by another.
 * Nothing here reads the clock: every call is given "now".
 */

export const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface NewJobRow {
  readonly kind: string;
  readonly workspaceId?: string | null;
  readonly payload?: unknown;
  /** Unique: a second job with the same key is not queued (planning twice plans once). */
  readonly dedupeKey?: string;
  /** Not before; default now. */
  readonly runAt?: Date;
  /** Default 5. */
  readonly maxAttempts?: number;
}

export interface JobRecord {
  readonly id: string;
  readonly kind: string;
  readonly workspaceId: string | null;
  readonly payload: unknown;
  readonly dedupeKey: string | null;
  readonly state: JobState;
  readonly runAt: string;
  /** Runs started so far, counting the current one. */
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly leaseOwner: string | null;
  readonly leaseExpiresAt: string | null;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
/** Errors are kept for an operator to read, not as a log: a few kilobytes are enough. */
const MAX_ERROR_LENGTH = 2000;

/** Queues a job; false when a job with the same dedupe key exists (in any state). */
export async function enqueueJob(db: Executor, job: NewJobRow, now: Date): Promise<boolean> {
  const maxAttempts = job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be a whole number ≥ 1, not ${String(maxAttempts)}`);
  }
  const row: JobTable = {
    id: newId(),
    kind: job.kind,
    workspace_id: job.workspaceId ?? null,
    payload_json: JSON.stringify(job.payload ?? null),
    dedupe_key: job.dedupeKey ?? null,
    state: 'queued',
    run_at: (job.runAt ?? now).toISOString(),
    attempts: 0,
    max_attempts: maxAttempts,
    lease_owner: null,
    lease_expires_at: null,
    last_error: null,
    created_at: now.toISOString(),
    finished_at: null,
  };
  const result = await db
    .insertInto('jobs')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export interface ClaimOptions {
  /** Who holds the lease: one id per scheduler instance. */
  readonly owner: string;
  readonly now: Date;
  readonly leaseMs: number;
  readonly limit: number;
  /** Only jobs of these kinds (the ones this process has handlers for). */
  readonly kinds: readonly string[];
}

/**
 * Claims up to `limit` due jobs: queued ones whose time has come, and running ones whose lease
 * ran out (their process died). Running jobs that ran out of attempts that way are failed first.
 *
 * The state conditions are repeated on the UPDATE itself, not only in the subquery: when two
 * PostgreSQL processes pick the same row, the second one's UPDATE waits for the first, then
 * re-checks those conditions on the row as the first left it, and skips it. SQLite runs one
 * writer at a time, so the single statement is enough there.
 */
export async function claimJobs(db: Executor, options: ClaimOptions): Promise<JobRecord[]> {
  if (options.kinds.length === 0 || options.limit < 1) return [];
  const at = options.now.toISOString();
  await failExhaustedLeases(db, at);
  const expires = new Date(options.now.getTime() + options.leaseMs).toISOString();
  const rows = await db
    .updateTable('jobs')
    .set((eb) => ({
      state: 'running',
      lease_owner: options.owner,
      lease_expires_at: expires,
      attempts: eb('attempts', '+', 1),
    }))
    .where((eb) =>
      eb(
        'id',
        'in',
        eb
          .selectFrom('jobs')
          .select('id')
          .where((w) => claimable(w, at))
          .where('kind', 'in', [...options.kinds])
          .orderBy('run_at')
          .orderBy('id')
          .limit(options.limit),
      ),
    )
    .where((eb) => claimable(eb, at))
    .returningAll()
    .execute();
  return rows.map(toRecord).sort((a, b) => a.runAt.localeCompare(b.runAt));
}

function claimable(eb: ExpressionBuilder<DB, 'jobs'>, at: string) {
  return eb.or([
    eb.and([eb('jobs.state', '=', 'queued'), eb('jobs.run_at', '<=', at)]),
    eb.and([
      eb('jobs.state', '=', 'running'),
      eb('jobs.lease_expires_at', '<=', at),
      eb('jobs.attempts', '<', eb.ref('jobs.max_attempts')),
    ]),
  ]);
}

async function failExhaustedLeases(db: Executor, at: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      state: 'failed',
      finished_at: at,
      lease_owner: null,
      lease_expires_at: null,
      last_error: 'the process running it stopped before it finished, on its last attempt',
    })
    .where('state', '=', 'running')
    .where('lease_expires_at', '<=', at)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .execute();
}

/** Moves the lease on while the work goes on; false when this owner no longer holds it. */
export async function renewLease(
  db: Executor,
  id: string,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const result = await held(db, id, owner)
    .set({ lease_expires_at: new Date(now.getTime() + leaseMs).toISOString() })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the job done; false when the lease was lost (another process may have rerun it). */
export async function completeJob(
  db: Executor,
  id: string,
  owner: string,
  now: Date,
): Promise<boolean> {
  const result = await held(db, id, owner)
    .set({
      state: 'done',
      finished_at: now.toISOString(),
      lease_owner: null,
      lease_expires_at: null,
    })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface RetryRequest {
  readonly now: Date;
  readonly error: string;
  /** When to try again; the job fails instead when it has used its attempts. */
  readonly retryAt: Date;
}

/**
 * Records a failed run: queued again at `retryAt`, or failed for good after the last attempt.
 * Returns the state the job is left in, or 'lost' when this owner no longer held the lease.
 */
export async function retryJob(
  db: Executor,
  id: string,
  owner: string,
  request: RetryRequest,
): Promise<'queued' | 'failed' | 'lost'> {
  const error = request.error.slice(0, MAX_ERROR_LENGTH);
  const at = request.now.toISOString();
  const exhausted = await held(db, id, owner)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .set({
      state: 'failed',
      finished_at: at,
      last_error: error,
      lease_owner: null,
      lease_expires_at: null,
    })
    .executeTakeFirst();
  if (Number(exhausted.numUpdatedRows) === 1) return 'failed';
  const again = await held(db, id, owner)
    .set({
      state: 'queued',
      run_at: request.retryAt.toISOString(),
      last_error: error,
      lease_owner: null,
      lease_expires_at: null,
    })
    .executeTakeFirst();
  return Number(again.numUpdatedRows) === 1 ? 'queued' : 'lost';
}

/** An update of the job only while `owner` still holds its lease (a fence against a rerun). */
function held(db: Executor, id: string, owner: string) {
  return db
    .updateTable('jobs')
    .where('id', '=', id)
    .where('state', '=', 'running')
    .where('lease_owner', '=', owner);
}

export async function getJob(db: Executor, id: string): Promise<JobRecord | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function getJobByDedupeKey(
  db: Executor,
  dedupeKey: string,
): Promise<JobRecord | undefined> {
  const row = await db
    .selectFrom('jobs')
    .selectAll()
    .where('dedupe_key', '=', dedupeKey)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export interface JobQuery {
  readonly workspaceId?: string;
  readonly kind?: string;
  readonly state?: JobState;
  readonly limit?: number;
}

/** Newest first; for operators and tests. */
export async function listJobs(db: Executor, query: JobQuery = {}): Promise<JobRecord[]> {
  let select = db.selectFrom('jobs').selectAll();
  if (query.workspaceId !== undefined)
    select = select.where('workspace_id', '=', query.workspaceId);
  if (query.kind !== undefined) select = select.where('kind', '=', query.kind);
  if (query.state !== undefined) select = select.where('state', '=', query.state);
  const rows = await select
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit ?? 100)
    .execute();
  return rows.map(toRecord);
}

/**
 * Deletes finished jobs older than `before`. Jobs with a dedupe key are kept as long as their key
 * may be planned again, so callers choose `before` longer than any planning window.
 */
export async function deleteFinishedJobs(db: Executor, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where('state', 'in', ['done', 'failed'])
    .where('finished_at', '<', before.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

function toRecord(row: JobTable): JobRecord {
  return {
    id: row.id,
    kind: row.kind,
    workspaceId: row.workspace_id,
    payload: JSON.parse(row.payload_json) as unknown,
    dedupeKey: row.dedupe_key,
    state: row.state as JobState,
    runAt: row.run_at,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    leaseOwner: row.lease_owner,
    leaseExpiresAt: row.lease_expires_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

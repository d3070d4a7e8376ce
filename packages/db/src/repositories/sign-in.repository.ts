import { sql } from 'kysely';
import type { Executor } from '../database.ts';

/**
 * One-time sign-in links and the failed sign-in counters. Both live in the database so every
 * server process behind a load balancer sees the same links and the same counts.
 */

export interface NewSignInLink {
  /** SHA-256 of the secret in the link. */
  readonly tokenHash: string;
  readonly accountId: string;
  readonly expiresAt: string;
}

export async function createSignInLink(db: Executor, link: NewSignInLink): Promise<void> {
  await db
    .insertInto('sign_in_links')
    .values({
      token_hash: link.tokenHash,
      account_id: link.accountId,
      expires_at: link.expiresAt,
      used_at: null,
    })
    .execute();
}

/**
 * Uses the link once: the account it signs in, or undefined when unknown, used or expired.
 * The conditional update makes "once" hold even when two requests race for it.
 */
export async function useSignInLink(
  db: Executor,
  tokenHash: string,
  now: Date,
): Promise<string | undefined> {
  const at = now.toISOString();
  const result = await db
    .updateTable('sign_in_links')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return undefined;
  const row = await db
    .selectFrom('sign_in_links')
    .select('account_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row?.account_id;
}

export interface FailureCount {
  readonly failures: number;
  /** When the current window ends and the count starts again from zero. */
  readonly windowEnds: Date;
}

/** Failures of `key` in the window that holds `now` (zero when the window has passed). */
export async function failuresOf(
  db: Executor,
  key: string,
  now: Date,
  windowMs: number,
): Promise<FailureCount> {
  const row = await db
    .selectFrom('sign_in_attempts')
    .selectAll()
    .where('key', '=', key)
    .executeTakeFirst();
  const start = row ? new Date(row.window_start) : now;
  const windowEnds = new Date(start.getTime() + windowMs);
  if (!row || windowEnds <= now)
    return { failures: 0, windowEnds: new Date(now.getTime() + windowMs) };
  return { failures: row.failures, windowEnds };
}

/**
 * Counts one more failure of `key`, starting a new window when the last one has passed. One
 * upsert, so processes counting at the same moment never lose a failure.
 */
export async function recordFailure(
  db: Executor,
  key: string,
  now: Date,
  windowMs: number,
): Promise<FailureCount> {
  const at = now.toISOString();
  // A window that started at or before this instant has passed.
  const expired = new Date(now.getTime() - windowMs).toISOString();
  await db
    .insertInto('sign_in_attempts')
    .values({ key, window_start: at, failures: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when sign_in_attempts.window_start <= ${expired} then 1 else sign_in_attempts.failures + 1 end`,
        window_start: sql<string>`case when sign_in_attempts.window_start <= ${expired} then ${at} else sign_in_attempts.window_start end`,
      }),
    )
    .execute();
  return failuresOf(db, key, now, windowMs);
}

export async function clearFailures(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('key', '=', key).execute();
}

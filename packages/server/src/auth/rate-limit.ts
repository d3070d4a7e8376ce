import {
  type Executor,
  clearFailures,
  failuresOf,
  normaliseEmail,
  recordFailure,
} from '@bearing/db';
import { ApiError } from '../errors.ts';

/**
 * Failed sign-ins are counted per account and per address in the database (`sign_in_attempts`),
 * so every server process sees the same counts and a guesser gains nothing by spreading
 * attempts over processes. Per account stops guessing one person's password from many
 * addresses; per address stops one machine trying many accounts.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export interface SignInAttempt {
  readonly email: string;
  readonly ip: string;
}

const accountKey = (email: string) => `account:${normaliseEmail(email)}`;
const addressKey = (ip: string) => `ip:${ip}`;

/** Throws 429 RATE_LIMITED, with the seconds to wait, when either counter is at its limit. */
export async function assertNotRateLimited(
  db: Executor,
  attempt: SignInAttempt,
  now: Date,
): Promise<void> {
  const [account, address] = await Promise.all([
    failuresOf(db, accountKey(attempt.email), now, SIGN_IN_WINDOW_MS),
    failuresOf(db, addressKey(attempt.ip), now, SIGN_IN_WINDOW_MS),
  ]);
  const waits: number[] = [];
  if (account.failures >= MAX_FAILURES_PER_ACCOUNT) waits.push(account.windowEnds.getTime());
  if (address.failures >= MAX_FAILURES_PER_ADDRESS) waits.push(address.windowEnds.getTime());
  if (waits.length === 0) return;
  const retryAfter = Math.max(1, Math.ceil((Math.max(...waits) - now.getTime()) / 1000));
  throw new ApiError(
    'RATE_LIMITED',
    `too many failed sign-ins; try again in ${minutes(retryAfter)}`,
    '',
    { retryAfter },
  );
}

/** Counts a failed sign-in against the account (known or not: no probing) and the address. */
export async function countFailedSignIn(
  db: Executor,
  attempt: SignInAttempt,
  now: Date,
): Promise<void> {
  await recordFailure(db, accountKey(attempt.email), now, SIGN_IN_WINDOW_MS);
  await recordFailure(db, addressKey(attempt.ip), now, SIGN_IN_WINDOW_MS);
}

/**
 * A successful sign-in clears the account's counter (its owner got in), not the address's: an
 * address that guessed at many accounts stays limited.
 */
export async function clearFailedSignIns(db: Executor, email: string): Promise<void> {
  await clearFailures(db, accountKey(email));
}

function minutes(seconds: number): string {
  const m = Math.ceil(seconds / 60);
  return m <= 1 ? 'a minute' : `${m} minutes`;
}

import {
  type Executor,
  createSession,
  deleteSession,
  deleteSessionsOf,
  findSession,
  touchSession,
} from '@bearing/db';
import { hashSecret, newSecret } from './secrets.ts';

/**
 * Browser sessions, stored in the database so every server process behind a load balancer
 * knows them. The cookie holds a random id; the table holds only its SHA-256, so a copy of the
 * database signs nobody in.
 */

/** A session unused this long ends (a laptop left at the office overnight signs in again). */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** A session ends this long after sign-in however much it is used. */
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
/**
 * The last-seen time is written at most this often: one write per minute per browser instead
 * of one per request, at the cost of the idle expiry being up to a minute early.
 */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export interface SessionClient {
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export interface NewSessionCookie {
  /** The cookie's value: shown to the browser once, never stored. */
  readonly id: string;
  readonly maxAgeMs: number;
}

/**
 * Signs the account in with a fresh session. `previousId` (the cookie the browser came with)
 * ends first: the id changes at every sign-in, so an id planted before sign-in is worthless.
 */
export async function startSession(
  db: Executor,
  accountId: string,
  now: Date,
  client: SessionClient,
  previousId?: string,
): Promise<NewSessionCookie> {
  if (previousId !== undefined) await deleteSession(db, hashSecret(previousId));
  const id = newSecret();
  await createSession(db, {
    idHash: hashSecret(id),
    accountId,
    now,
    idleMs: SESSION_IDLE_MS,
    absoluteMs: SESSION_ABSOLUTE_MS,
    ip: client.ip,
    userAgent: client.userAgent,
  });
  return { id, maxAgeMs: SESSION_ABSOLUTE_MS };
}

/** The account the session belongs to, or undefined when unknown, expired or signed out. */
export async function resumeSession(
  db: Executor,
  id: string,
  now: Date,
): Promise<string | undefined> {
  const idHash = hashSecret(id);
  const session = await findSession(db, idHash, now);
  if (!session) return undefined;
  if (now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_INTERVAL_MS) {
    await touchSession(db, idHash, now, SESSION_IDLE_MS);
  }
  return session.accountId;
}

export async function endSession(db: Executor, id: string): Promise<void> {
  await deleteSession(db, hashSecret(id));
}

/**
 * After a password change: every other session of the account ends, and this browser gets a
 * new one (its old id may have been seen by whoever knew the old password).
 */
export async function restartSessions(
  db: Executor,
  accountId: string,
  now: Date,
  client: SessionClient,
): Promise<NewSessionCookie> {
  await deleteSessionsOf(db, accountId);
  return startSession(db, accountId, now, client);
}

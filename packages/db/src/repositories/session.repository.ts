import type { Executor } from '../database.ts';
import type { SessionTable } from '../tables/account.table.ts';

/** The stored side of a signed-in browser; the cookie's value is known only to the browser. */
export interface NewSession {
  /** SHA-256 of the cookie's value. */
  readonly idHash: string;
  readonly accountId: string;
  readonly now: Date;
  /** A session unused this long ends. */
  readonly idleMs: number;
  /** A session ends this long after sign-in, however much it is used. */
  readonly absoluteMs: number;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export interface SessionRecord {
  readonly accountId: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly idleExpiresAt: string;
}

const later = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();

export async function createSession(db: Executor, session: NewSession): Promise<void> {
  const at = session.now.toISOString();
  const row: SessionTable = {
    id_hash: session.idHash,
    account_id: session.accountId,
    created_at: at,
    last_seen_at: at,
    expires_at: later(session.now, session.absoluteMs),
    idle_expires_at: later(session.now, Math.min(session.idleMs, session.absoluteMs)),
    // Bounded: these are only shown to the account's owner as a reminder of the device.
    ip: session.ip?.slice(0, 64) ?? null,
    user_agent: session.userAgent?.slice(0, 256) ?? null,
  };
  await db.insertInto('sessions').values(row).execute();
}

/** The live session with this hash; undefined when unknown or past either expiry. */
export async function findSession(
  db: Executor,
  idHash: string,
  now: Date,
): Promise<SessionRecord | undefined> {
  const at = now.toISOString();
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id_hash', '=', idHash)
    .where('expires_at', '>', at)
    .where('idle_expires_at', '>', at)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    accountId: row.account_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    idleExpiresAt: row.idle_expires_at,
  };
}

/** Moves the idle expiry forward from `now`, never past the absolute expiry. */
export async function touchSession(
  db: Executor,
  idHash: string,
  now: Date,
  idleMs: number,
): Promise<void> {
  const row = await db
    .selectFrom('sessions')
    .select('expires_at')
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return;
  const idle = later(now, idleMs);
  await db
    .updateTable('sessions')
    .set({
      last_seen_at: now.toISOString(),
      idle_expires_at: idle < row.expires_at ? idle : row.expires_at,
    })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Signs the account out everywhere (password change, disabling, "sign out other devices"). */
export async function deleteSessionsOf(db: Executor, accountId: string): Promise<void> {
  await db.deleteFrom('sessions').where('account_id', '=', accountId).execute();
}

/** Removes sessions past their expiry; returns how many. */
export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const at = now.toISOString();
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', at), eb('idle_expires_at', '<=', at)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

import { type Executor, createSignInLink } from '@bearing/db';
import { DEFAULT_PORT, hashSecret, newSecret } from '@bearing/server';
import type { Io } from '../io.ts';

/** Long enough to reach someone over a weekend, short enough that a forgotten one lapses. */
export const SIGN_IN_LINK_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SignInLink {
  readonly url: string;
  readonly expiresAt: string;
}

/**
 * A one-time link that lets the account set its password. Only the secret's hash is stored; the
 * secret travels in the URL's fragment, which browsers never send to a server or a proxy log.
 * The address is the one people reach Bearing by (BEARING_PUBLIC_URL), else the local default.
 */
export async function issueSignInLink(
  io: Io,
  db: Executor,
  accountId: string,
  now: Date,
): Promise<SignInLink> {
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + SIGN_IN_LINK_DAYS * DAY_MS).toISOString();
  await createSignInLink(db, { tokenHash: hashSecret(secret), accountId, expiresAt });
  const base = (io.env['BEARING_PUBLIC_URL'] ?? `http://127.0.0.1:${DEFAULT_PORT}`).replace(
    /\/+$/,
    '',
  );
  return { url: `${base}/sign-in/link#${secret}`, expiresAt };
}

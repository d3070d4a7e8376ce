import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * The secrets of sign-in: password hashes and the random values behind sessions, API tokens and
 * one-time links. Only hashes are stored; the random values go to the client once.
 */

/** Shorter passwords are refused (NIST SP 800-63B asks for at least 8; we ask a little more). */
export const MIN_PASSWORD_LENGTH = 10;
/** Longer ones too: argon2 would happily hash megabytes, which is a cheap denial of service. */
export const MAX_PASSWORD_LENGTH = 256;

/** API tokens carry a prefix so that a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = 'brg_';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane); @node-rs/argon2's
// default algorithm is argon2id.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for a hash that is not one (never throws on bad input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `a password needs at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `a password may have at most ${MAX_PASSWORD_LENGTH} characters`;
  }
  return null;
}

/** 32 random bytes, URL-safe: a session id, a link secret, the body of an API token. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A new API token as shown to its owner once. */
export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${newSecret()}`;
}

/**
 * SHA-256, hex. Enough for random 256-bit secrets (no dictionary to guess from), and fast, so a
 * lookup by hash costs nothing; passwords get argon2id instead.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

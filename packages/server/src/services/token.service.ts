import { type TokenScope, isTokenScope, scopeRank } from '@bearing/core';
import {
  type ApiTokenRecord,
  type Executor,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '@bearing/db';
import { hashSecret, newApiToken } from '../auth/secrets.ts';
import { ApiError } from '../errors.ts';
import type { Principal } from '../plugins/auth.ts';

/** A token as its owner sees it (never its hash). An unknown stored scope reads as read. */
export interface TokenView {
  readonly id: string;
  readonly name: string;
  readonly scope: TokenScope;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

const viewOf = (t: ApiTokenRecord): TokenView => ({
  id: t.id,
  name: t.name,
  scope: isTokenScope(t.scope) ? t.scope : 'read',
  createdAt: t.createdAt,
  expiresAt: t.expiresAt,
  lastUsedAt: t.lastUsedAt,
  revokedAt: t.revokedAt,
});

/** The account behind the request; local mode has none, so it has no tokens to manage. */
function ownerOf(principal: Principal): string {
  if (principal.accountId === null) {
    throw new ApiError(
      'FORBIDDEN',
      'API tokens belong to accounts, and local mode has none: create an account first ' +
        '(bearing users add), then sign in',
    );
  }
  return principal.accountId;
}

export async function listTokens(db: Executor, principal: Principal): Promise<TokenView[]> {
  if (principal.accountId === null) return [];
  return (await listApiTokens(db, principal.accountId)).map(viewOf);
}

/**
 * Creates a token of the principal's own account and returns its secret (shown once). A request
 * made with a token cannot mint one with a wider scope: a leaked read token stays a read token.
 */
export async function createToken(
  db: Executor,
  principal: Principal,
  input: {
    readonly name: string;
    readonly scope: TokenScope;
    readonly expiresAt?: string | null | undefined;
  },
  now: Date,
): Promise<{ token: string; record: TokenView }> {
  const accountId = ownerOf(principal);
  const held = principal.tokenScope;
  if (held !== null && scopeRank(input.scope) > scopeRank(held)) {
    throw new ApiError(
      'FORBIDDEN',
      `this API token has the ${held} scope and cannot create a token with the ${input.scope} scope`,
      'body.scope',
    );
  }
  const expiresAt = input.expiresAt ?? null;
  if (expiresAt !== null && Date.parse(expiresAt) <= now.getTime()) {
    throw new ApiError('VALIDATION', 'expected an expiry in the future', 'body.expiresAt');
  }
  const token = newApiToken();
  const record = await createApiToken(
    db,
    {
      accountId,
      name: input.name,
      scope: input.scope,
      tokenHash: hashSecret(token),
      expiresAt: expiresAt === null ? null : new Date(expiresAt).toISOString(),
    },
    now,
  );
  return { token, record: viewOf(record) };
}

/** Revokes one of the principal's own tokens; another's is NOT_FOUND, as if it did not exist. */
export async function revokeToken(
  db: Executor,
  principal: Principal,
  id: string,
  now: Date,
): Promise<void> {
  await revokeApiToken(db, ownerOf(principal), id, now);
}

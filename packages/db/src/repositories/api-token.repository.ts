import type { Executor } from '../database.ts';
import { NotFoundError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { ApiTokenTable } from '../tables/account.table.ts';

/**
 * A personal API token, never with its secret. `scope` is one of core's TOKEN_SCOPES (the
 * server checks it before it is stored).
 */
export interface ApiTokenRecord {
  readonly id: string;
  readonly accountId: string;
  readonly name: string;
  readonly scope: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export interface NewApiToken {
  readonly accountId: string;
  readonly name: string;
  readonly scope: string;
  /** SHA-256 of the token the owner was shown once. */
  readonly tokenHash: string;
  readonly expiresAt: string | null;
}

function toRecord(row: ApiTokenTable): ApiTokenRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    scope: row.scope,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export async function createApiToken(
  db: Executor,
  token: NewApiToken,
  now: Date,
): Promise<ApiTokenRecord> {
  const row: ApiTokenTable = {
    id: newId(),
    account_id: token.accountId,
    name: token.name,
    scope: token.scope,
    token_hash: token.tokenHash,
    created_at: now.toISOString(),
    expires_at: token.expiresAt,
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto('api_tokens').values(row).execute();
  return toRecord(row);
}

/** The account's tokens, newest first, revoked ones included (so the list explains itself). */
export async function listApiTokens(db: Executor, accountId: string): Promise<ApiTokenRecord[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toRecord);
}

/** The token with this hash, whatever its state: the caller tells revoked from expired. */
export async function findApiTokenByHash(
  db: Executor,
  tokenHash: string,
): Promise<ApiTokenRecord | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function touchApiToken(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

/** Revokes one of the account's own tokens; NotFoundError for another's or an unknown id. */
export async function revokeApiToken(
  db: Executor,
  accountId: string,
  id: string,
  now: Date,
): Promise<ApiTokenRecord> {
  const row = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('API token', id);
  if (row.revoked_at === null) {
    row.revoked_at = now.toISOString();
    await db
      .updateTable('api_tokens')
      .set({ revoked_at: row.revoked_at })
      .where('id', '=', id)
      .execute();
  }
  return toRecord(row);
}

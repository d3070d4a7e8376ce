import type { Executor } from '../database.ts';
import { DuplicateKeyError, NotFoundError, isUniqueViolation } from '../errors.ts';
import { newId } from '../ids.ts';
import type { AccountTable } from '../tables/account.table.ts';

/** An account as the rest of Bearing sees it: never the password hash. */
export interface AccountRecord {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly instanceAdmin: boolean;
  readonly disabled: boolean;
  readonly hasPassword: boolean;
  readonly createdAt: string;
}

/** The account with its hash, for the one place that checks a password. */
export interface AccountWithSecret extends AccountRecord {
  readonly passwordHash: string | null;
}

export interface CreateAccountInput {
  readonly email: string;
  readonly name: string;
  readonly passwordHash?: string | null;
  readonly instanceAdmin?: boolean;
}

export interface AccountPatch {
  readonly name?: string;
  readonly instanceAdmin?: boolean;
  readonly disabled?: boolean;
}

/** Emails compare case-insensitively everywhere (sign-in, membership, "own KPI"). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toRecord(row: AccountTable): AccountWithSecret {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    instanceAdmin: row.instance_admin === 1,
    disabled: row.disabled === 1,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
  };
}

function withoutSecret(account: AccountWithSecret): AccountRecord {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    instanceAdmin: account.instanceAdmin,
    disabled: account.disabled,
    hasPassword: account.hasPassword,
    createdAt: account.createdAt,
  };
}

export async function createAccount(
  db: Executor,
  input: CreateAccountInput,
  now: Date,
): Promise<AccountRecord> {
  const email = input.email.trim();
  const row: AccountTable = {
    id: newId(),
    email,
    email_lower: normaliseEmail(email),
    name: input.name,
    password_hash: input.passwordHash ?? null,
    instance_admin: input.instanceAdmin === true ? 1 : 0,
    disabled: 0,
    created_at: now.toISOString(),
    password_changed_at: input.passwordHash ? now.toISOString() : null,
  };
  try {
    await db.insertInto('accounts').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateKeyError('account', email);
    throw error;
  }
  return withoutSecret(toRecord(row));
}

export async function findAccountByEmail(
  db: Executor,
  email: string,
): Promise<AccountWithSecret | undefined> {
  const row = await db
    .selectFrom('accounts')
    .selectAll()
    .where('email_lower', '=', normaliseEmail(email))
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function findAccountById(
  db: Executor,
  id: string,
): Promise<AccountRecord | undefined> {
  const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? withoutSecret(toRecord(row)) : undefined;
}

/** The account with this email, or NotFoundError naming it. */
export async function getAccountByEmail(db: Executor, email: string): Promise<AccountRecord> {
  const account = await findAccountByEmail(db, email);
  if (!account) throw new NotFoundError('account', email);
  return withoutSecret(account);
}

export async function listAccounts(db: Executor): Promise<AccountRecord[]> {
  const rows = await db.selectFrom('accounts').selectAll().orderBy('email_lower').execute();
  return rows.map((row) => withoutSecret(toRecord(row)));
}

/** Whether any account exists: the switch between local mode and accounts mode. */
export async function hasAccounts(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('accounts').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function countAccounts(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateAccount(
  db: Executor,
  id: string,
  patch: AccountPatch,
): Promise<AccountRecord> {
  const set: Partial<AccountTable> = {};
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.instanceAdmin !== undefined) set.instance_admin = patch.instanceAdmin ? 1 : 0;
  if (patch.disabled !== undefined) set.disabled = patch.disabled ? 1 : 0;
  if (Object.keys(set).length > 0) {
    await db.updateTable('accounts').set(set).where('id', '=', id).execute();
  }
  const account = await findAccountById(db, id);
  if (!account) throw new NotFoundError('account', id);
  if (patch.disabled === true)
    await db.deleteFrom('sessions').where('account_id', '=', id).execute();
  return account;
}

/** Sets (or clears) the password; every session of the account ends with the old password. */
export async function setPasswordHash(
  db: Executor,
  id: string,
  hash: string | null,
  now: Date,
): Promise<void> {
  const result = await db
    .updateTable('accounts')
    .set({ password_hash: hash, password_changed_at: now.toISOString() })
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new NotFoundError('account', id);
  await db.deleteFrom('sessions').where('account_id', '=', id).execute();
}

/**
 * Removes the account with its memberships, sessions, tokens and links (by cascade). Its
 * change-log rows stay and read as "former member".
 */
export async function removeAccount(db: Executor, id: string): Promise<void> {
  const result = await db.deleteFrom('accounts').where('id', '=', id).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw new NotFoundError('account', id);
}

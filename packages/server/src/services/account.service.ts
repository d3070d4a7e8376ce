import {
  type AccountRecord,
  type Database,
  type Executor,
  createAccount,
  createSignInLink,
  findAccountByEmail,
  findAccountById,
  hasAccounts,
  listAccounts,
  removeAccount,
  updateAccount,
} from '@bearing/db';
import { hashPassword, hashSecret, newSecret, passwordProblem } from '../auth/secrets.ts';
import { ApiError } from '../errors.ts';

/** How long a one-time sign-in link (an account made without a password) stays good. */
export const SIGN_IN_LINK_MS = 7 * 24 * 60 * 60 * 1000;

/** The account addressed by id or by email; NOT_FOUND naming it otherwise. */
export async function accountOf(db: Executor, idOrEmail: string): Promise<AccountRecord> {
  const found = idOrEmail.includes('@')
    ? await findAccountByEmail(db, idOrEmail)
    : await findAccountById(db, idOrEmail);
  if (found === undefined) {
    throw new ApiError('NOT_FOUND', `no account "${idOrEmail}"`, 'params.account');
  }
  return found;
}

export interface NewAccount {
  readonly email: string;
  readonly name?: string | undefined;
  readonly instanceAdmin?: boolean | undefined;
  readonly password?: string | undefined;
}

/** Creates the account; without a password, also the secret of its one-time sign-in link. */
export async function addAccount(
  db: Database['db'],
  input: NewAccount,
  now: Date,
): Promise<{ account: AccountRecord; linkSecret: string | null }> {
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem !== null) throw new ApiError('VALIDATION', problem, 'body.password');
  }
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    // The first account is an instance administrator: it turns accounts mode on, and somebody
    // must be able to manage the accounts that follow.
    const first = !(await hasAccounts(trx));
    const account = await createAccount(
      trx,
      {
        email: input.email,
        name: input.name ?? input.email,
        passwordHash,
        instanceAdmin: first || input.instanceAdmin === true,
      },
      now,
    );
    if (passwordHash !== null) return { account, linkSecret: null };
    const linkSecret = newSecret();
    const expiresAt = new Date(now.getTime() + SIGN_IN_LINK_MS).toISOString();
    await createSignInLink(trx, {
      tokenHash: hashSecret(linkSecret),
      accountId: account.id,
      expiresAt,
    });
    return { account, linkSecret };
  });
}

/** An instance administrator who can still sign in: who can still manage accounts. */
const activeAdmin = (a: AccountRecord) => a.instanceAdmin && !a.disabled;

async function refuseLastInstanceAdmin(db: Executor, target: AccountRecord, what: string) {
  if (!activeAdmin(target)) return;
  const others = (await listAccounts(db)).filter((a) => a.id !== target.id && activeAdmin(a));
  if (others.length > 0) return;
  throw new ApiError(
    'LAST_ADMIN',
    `${target.email} is the last instance administrator; ${what} would leave nobody to manage ` +
      'accounts (make another account an instance administrator first)',
    'params.account',
  );
}

export function changeAccount(
  db: Database['db'],
  idOrEmail: string,
  patch: {
    name?: string | undefined;
    instanceAdmin?: boolean | undefined;
    disabled?: boolean | undefined;
  },
): Promise<AccountRecord> {
  return db.transaction().execute(async (trx) => {
    const target = await accountOf(trx, idOrEmail);
    if (patch.instanceAdmin === false || patch.disabled === true) {
      await refuseLastInstanceAdmin(
        trx,
        target,
        patch.disabled === true ? 'disabling it' : 'demoting it',
      );
    }
    return updateAccount(trx, target.id, {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.instanceAdmin !== undefined && { instanceAdmin: patch.instanceAdmin }),
      ...(patch.disabled !== undefined && { disabled: patch.disabled }),
    });
  });
}

export function deleteAccount(db: Database['db'], idOrEmail: string): Promise<void> {
  return db.transaction().execute(async (trx) => {
    const target = await accountOf(trx, idOrEmail);
    await refuseLastInstanceAdmin(trx, target, 'removing it');
    await removeAccount(trx, target.id);
  });
}

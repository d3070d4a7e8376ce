import { ROLES, type Role, TOKEN_SCOPES, type TokenScope } from '@bearing/core';
import {
  type AccountRecord,
  type Database,
  NotFoundError,
  getAccountByEmail,
  listAccounts,
} from '@bearing/db';
import { invalid } from '../exit-codes.ts';
import { didYouMean } from '../suggest.ts';
import { list } from './options.ts';

/**
 * The option values and look-ups shared by `users`, `members`, `tokens` and `workspaces`. The
 * role and scope names are the contract's (docs/access.md); core's access module owns the rules
 * that give them meaning, the CLI only checks that a name is one of them before it is stored.
 */
export const ROLE_NAMES = ROLES;
export type RoleName = Role;
export const SCOPE_NAMES = TOKEN_SCOPES;
export type ScopeName = TokenScope;

/** How workspace ids are written in strategy files (they appear in URLs: /w/ID). */
const WORKSPACE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A loose check: enough to catch a name or a typo given where an email belongs. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function emailArgument(email: string): string {
  const trimmed = email.trim();
  if (!EMAIL.test(trimmed)) throw invalid(`EMAIL: expected an email address, got "${email}"`);
  return trimmed;
}

export function roleOption(role: string): RoleName {
  const found = ROLE_NAMES.find((r) => r === role);
  if (found) return found;
  throw invalid(
    `--role: unknown role "${role}"${didYouMean(role, ROLE_NAMES)}; expected one of: ${ROLE_NAMES.join(', ')}`,
  );
}

export function scopeOption(scope: string): ScopeName {
  const found = SCOPE_NAMES.find((s) => s === scope);
  if (found) return found;
  throw invalid(
    `--scope: unknown scope "${scope}"${didYouMean(scope, SCOPE_NAMES)}; expected one of: ${SCOPE_NAMES.join(', ')}`,
  );
}

export function workspaceIdArgument(id: string): string {
  if (WORKSPACE_ID.test(id) && id.length <= 200) return id;
  throw invalid(
    `ID: "${id}" is not a workspace id; expected letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. acme)`,
  );
}

/** The account with this email (case-insensitive), or exit 2 naming it and the closest ones. */
export async function accountOption(
  database: Database,
  email: string,
  option: string,
): Promise<AccountRecord> {
  try {
    return await getAccountByEmail(database.db, email);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  const emails = (await listAccounts(database.db)).map((a) => a.email);
  throw invalid(
    `${option}: no account "${email}"${didYouMean(email, emails)}; create it first with \`bearing users add ${email}\` (accounts: ${list(emails)})`,
  );
}

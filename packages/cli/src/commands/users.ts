import type { Command } from 'commander';
import {
  type AccountRecord,
  type Database,
  countAccounts,
  createAccount,
  listAccounts,
  removeAccount,
} from '@bearing/db';
import { hashPassword } from '@bearing/server';
import { invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { printJson } from '../output/json.ts';
import { cell, renderTable } from '../output/table.ts';
import { accountOption, emailArgument } from './access-options.ts';
import { withAccessDatabase } from './access-database.ts';
import { DB_OPTION_HELP } from './database-url.ts';
import { readPasswordFromStdin } from './read-password.ts';
import { SIGN_IN_LINK_DAYS, issueSignInLink } from './sign-in-link.ts';

interface AddOptions {
  readonly db?: string;
  readonly name?: string;
  readonly admin?: true;
  readonly passwordStdin?: true;
}

interface ListOptions {
  readonly db?: string;
  readonly json?: true;
}

/** `bearing users add|list|remove`: the accounts of the local database (docs/access.md). */
export function registerUsersCommand(program: Command, io: Io): void {
  const users = program
    .command('users')
    .description('user accounts: add, list, remove (the first account turns on sign-in)');

  users
    .command('add')
    .description('create an account; without --password-stdin print a one-time sign-in link')
    .argument('<email>', 'the email the person signs in with')
    .option('--name <name>', 'display name (default: the part of the email before @)')
    .option('--admin', 'make the account an instance administrator (manages accounts)')
    .option('--password-stdin', 'read the password from standard input')
    .option('--db <url>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      "\nExamples:\n  $ bearing users add ann@example.com --name 'Ann Lee' --admin\n  $ printf '%s' \"$PASSWORD\" | bearing users add bob@example.com --password-stdin",
    )
    .action(async (emailText: string, options: AddOptions) => {
      const email = emailArgument(emailText);
      const name = nameOption(options.name, email);
      // Read before opening the database, so a short password changes nothing.
      const password = options.passwordStdin ? await readPasswordFromStdin(io) : null;
      await withAccessDatabase(io, options, (database) =>
        addUser(io, database, { email, name, admin: options.admin === true, password }),
      );
    });

  users
    .command('list')
    .description('list the accounts')
    .option('--json', 'print [{id, email, name, instanceAdmin, disabled, hasPassword, createdAt}]')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (options: ListOptions) => {
      const accounts = await withAccessDatabase(io, options, (d) => listAccounts(d.db));
      if (options.json) printJson(io, accounts);
      else io.stdout(accountsTable(io, accounts));
    });

  users
    .command('remove')
    .description('delete an account; its entries in the change log stay ("former member")')
    .argument('<email>', 'the account to remove')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (emailText: string, options: { readonly db?: string }) => {
      const email = emailArgument(emailText);
      await withAccessDatabase(io, options, async (database) => {
        const account = await accountOption(database, email, 'EMAIL');
        await refuseRemovingLastAdmin(database, account);
        await removeAccount(database.db, account.id);
        io.stdout(
          `${colorsFor(io).green('✔')} removed ${account.email}; their memberships, sessions and API tokens are gone, their changes stay in the change log as "former member"\n`,
        );
      });
    });
}

function nameOption(name: string | undefined, email: string): string {
  if (name === undefined) return email.slice(0, email.indexOf('@'));
  const trimmed = name.trim();
  if (trimmed === '') throw invalid('--name: expected a display name, got an empty one');
  return trimmed;
}

interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly admin: boolean;
  readonly password: string | null;
}

async function addUser(io: Io, database: Database, user: NewUser): Promise<void> {
  const now = new Date();
  // The first account must be able to manage the others, or nobody could after local mode ends.
  const first = (await countAccounts(database.db)) === 0;
  const instanceAdmin = user.admin || first;
  const passwordHash = user.password === null ? null : await hashPassword(user.password);
  const account = await database.db.transaction().execute(async (trx) => {
    const created = await createAccount(
      trx,
      { email: user.email, name: user.name, passwordHash, instanceAdmin },
      now,
    );
    const link = passwordHash === null ? await issueSignInLink(io, trx, created.id, now) : null;
    return { created, link };
  });
  const colors = colorsFor(io);
  const role = !instanceAdmin
    ? ''
    : first
      ? ', an instance administrator (the first account always is); sign-in is now required'
      : ', an instance administrator';
  io.stdout(
    `${colors.green('✔')} added ${account.created.email} (${account.created.name})${role}\n`,
  );
  if (account.link) {
    io.stdout(
      `One-time sign-in link to set a password (valid ${SIGN_IN_LINK_DAYS} days, until ${account.link.expiresAt}):\n  ${account.link.url}\n`,
    );
  }
  if (!instanceAdmin) {
    io.stdout(
      `Give them a role: bearing members add ${account.created.email} --workspace ID --role viewer|updater|editor|admin\n`,
    );
  }
}

/** An account list with nobody left to manage it could only be repaired in the database itself. */
async function refuseRemovingLastAdmin(database: Database, account: AccountRecord): Promise<void> {
  if (!account.instanceAdmin) return;
  const accounts = await listAccounts(database.db);
  const otherAdmins = accounts.filter((a) => a.instanceAdmin && a.id !== account.id);
  if (otherAdmins.length === 0 && accounts.length > 1) {
    throw invalid(
      `${account.email} is the last instance administrator; make another account one first (bearing users add EMAIL --admin)`,
    );
  }
}

function accountsTable(io: Io, accounts: readonly AccountRecord[]): string {
  if (accounts.length === 0) {
    return 'No accounts: Bearing runs in local mode. Create the first administrator with `bearing users add EMAIL`.\n';
  }
  const colors = colorsFor(io);
  const header = ['email', 'name', 'admin', 'sign-in', 'created'].map((t) => cell(t, colors.bold));
  const rows = accounts.map((a) => [
    cell(a.email),
    cell(a.name),
    cell(a.instanceAdmin ? 'yes' : 'no'),
    cell(a.disabled ? 'disabled' : a.hasPassword ? 'password' : 'no password'),
    cell(a.createdAt.slice(0, 10)),
  ]);
  return renderTable([header, ...rows], ['left', 'left', 'left', 'left', 'left']);
}

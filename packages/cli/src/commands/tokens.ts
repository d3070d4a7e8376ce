import type { Command } from 'commander';
import { createApiToken } from '@bearing/db';
import { hashSecret, newApiToken } from '@bearing/server';
import { invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { SCOPE_NAMES, accountOption, emailArgument, scopeOption } from './access-options.ts';
import { withAccessDatabase } from './access-database.ts';
import { DB_OPTION_HELP } from './database-url.ts';

interface CreateOptions {
  readonly db?: string;
  readonly user: string;
  readonly name: string;
  readonly scope: string;
  readonly expires?: string;
}

/** Least privilege unless asked: a token for a dashboard or a report script only reads. */
const DEFAULT_SCOPE = 'read';

/** `bearing tokens create`: a personal API token for scripts (docs/access.md). */
export function registerTokensCommand(program: Command, io: Io): void {
  const tokens = program
    .command('tokens')
    .description('personal API tokens for scripts and remote commands (--token, BEARING_TOKEN)');

  tokens
    .command('create')
    .description('create an API token for an account and print it (only this once)')
    .requiredOption('--user <email>', 'the account the token acts as')
    .requiredOption('--name <name>', 'what the token is for, e.g. "nightly import"')
    .option(
      '--scope <scope>',
      `${SCOPE_NAMES.join(', ')}: read only, read and enter values, or all the account's role allows`,
      DEFAULT_SCOPE,
    )
    .option('--expires <date>', 'last day it works, YYYY-MM-DD (or an ISO time); default: never')
    .option('--db <url>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing tokens create --user ann@example.com --name dashboard\n  $ export BEARING_TOKEN=$(bearing tokens create --user ci@example.com --name import --scope values --expires 2027-06-30)',
    )
    .action(async (options: CreateOptions) => {
      const email = emailArgument(options.user);
      const scope = scopeOption(options.scope);
      const name = options.name.trim();
      if (name === '') throw invalid('--name: expected a name for the token, got an empty one');
      const now = new Date();
      const expiresAt = options.expires === undefined ? null : expiryOption(options.expires, now);
      const token = newApiToken();
      const record = await withAccessDatabase(io, options, async (database) => {
        const account = await accountOption(database, email, '--user');
        if (account.disabled) throw invalid(`--user: the account ${account.email} is disabled`);
        return createApiToken(
          database.db,
          { accountId: account.id, name, scope, tokenHash: hashSecret(token), expiresAt },
          now,
        );
      });
      // The token alone on stdout, so `$(bearing tokens create …)` captures exactly it.
      io.stdout(`${token}\n`);
      io.stderr(
        `API token "${record.name}" for ${email}, scope ${record.scope}, ${expiresAt === null ? 'no expiry' : `expires ${expiresAt}`}; it is shown only now: store it\n`,
      );
    });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `--expires`: a date means "works through that day" (until the next midnight UTC); an ISO time
 * is taken as given. Either must lie in the future: a token born expired is surely a typo.
 */
export function expiryOption(text: string, now: Date): string {
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const parsed = isDate ? new Date(`${text}T00:00:00.000Z`) : new Date(text);
  const valid =
    !Number.isNaN(parsed.getTime()) &&
    (!isDate || parsed.toISOString().slice(0, 10) === text) &&
    (isDate || /^\d{4}-\d{2}-\d{2}T/.test(text));
  if (!valid) {
    throw invalid(`--expires: expected a date such as 2027-06-30 or an ISO time, got "${text}"`);
  }
  const expires = isDate ? new Date(parsed.getTime() + DAY_MS) : parsed;
  if (expires <= now) throw invalid(`--expires: ${text} has already passed`);
  return expires.toISOString();
}

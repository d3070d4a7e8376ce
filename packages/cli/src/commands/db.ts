import type { Command } from 'commander';
import { type Database, createDatabase, migrateToLatest, migrationStatus } from '@bearing/db';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { printJson } from '../output/json.ts';
import { DB_OPTION_HELP, databaseUrl } from './database-url.ts';

interface DbOptions {
  readonly db?: string;
  readonly json?: true;
}

/** `bearing db migrate|status`: schema upkeep for the database `bearing serve` uses. */
export function registerDbCommand(program: Command, io: Io): void {
  const db = program
    .command('db')
    .description('database upkeep: apply migrations, show their state')
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing db migrate\n  $ bearing db status --db postgres://bearing@localhost/bearing',
    );

  db.command('migrate')
    .description('apply every pending migration (safe to run again, or from several processes)')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (options: DbOptions) => {
      const applied = await withDatabase(io, options, (d) => migrateToLatest(d.db));
      const colors = colorsFor(io);
      io.stdout(
        applied.length === 0
          ? 'The database is up to date; nothing to apply.\n'
          : `${colors.green('✔')} applied ${applied.length} migration${applied.length === 1 ? '' : 's'}:\n${applied.map((n) => `  ${n}\n`).join('')}`,
      );
    });

  db.command('status')
    .description('list every migration and whether it has been applied')
    .option('--db <url>', DB_OPTION_HELP)
    .option('--json', 'print [{name, executedAt}] as JSON (executedAt null while pending)')
    .action(async (options: DbOptions) => {
      const states = await withDatabase(io, options, (d) => migrationStatus(d.db));
      if (options.json) {
        printJson(io, states);
        return;
      }
      const colors = colorsFor(io);
      const pending = states.filter((s) => s.executedAt === null).length;
      const lines = states.map((s) =>
        s.executedAt === null
          ? `  ${colors.yellow('pending')}  ${s.name}`
          : `  ${colors.green('applied')}  ${s.name}  (${s.executedAt})`,
      );
      const summary =
        pending === 0 ? 'Up to date.' : `${pending} pending: run \`bearing db migrate\`.`;
      io.stdout(`${lines.join('\n')}\n${summary}\n`);
    });
}

async function withDatabase<T>(
  io: Io,
  options: DbOptions,
  fn: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await createDatabase(databaseUrl(io, options.db));
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

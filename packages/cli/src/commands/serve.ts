import type { Command } from 'commander';
import { parseStrategyText } from '@bearing/core';
import { type Database, listScorecards, saveStrategy } from '@bearing/db';
import {
  ConfigError,
  DEFAULT_HOST,
  DEFAULT_PORT,
  ExposedWithoutAccountsError,
  exposureWarning,
  parseConfig,
  runningMessage,
  startServer,
} from '@bearing/server';
import { CliError, EXIT_FAILURE, invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { readTemplate } from '../templates.ts';
import { DB_OPTION_HELP, databaseUrl } from './database-url.ts';

interface ServeOptions {
  readonly port?: string;
  readonly host?: string;
  readonly db?: string;
  readonly demo?: true;
  readonly allowedHost?: string[];
  readonly trustProxy?: true;
}

const DEMO_WORKSPACE = 'default';

export function registerServeCommand(program: Command, io: Io): void {
  program
    .command('serve')
    .description('run Bearing on this machine: the web app at /, the API at /api (docs: /api/docs)')
    .option('--port <port>', `port to listen on; 0 picks a free one (default: ${DEFAULT_PORT})`)
    .option(
      '--host <host>',
      `address to bind (default: ${DEFAULT_HOST}, this machine only; 0.0.0.0 exposes it)`,
    )
    .option('--db <url>', DB_OPTION_HELP)
    .option(
      '--allowed-host <name...>',
      'a host name users reach Bearing by, e.g. behind a proxy (default: its own addresses); repeat for more',
    )
    .option(
      '--trust-proxy',
      'read the client address and https from X-Forwarded-* (behind a TLS-terminating proxy)',
    )
    .option('--demo', 'import the example strategy when the default workspace is empty')
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing serve --demo\n  $ bearing serve --port 8080 --db postgres://bearing@localhost/bearing\n  $ bearing serve --host 0.0.0.0 --allowed-host bearing.example.com',
    )
    .action(async (options: ServeOptions) => {
      const config = configFrom(io, options);
      const server = await startServer(config, {
        beforeListen: options.demo ? (database) => importDemo(io, database) : undefined,
      }).catch((error: unknown) => {
        if (error instanceof ExposedWithoutAccountsError) throw invalid(error.message);
        const code = (error as { code?: unknown }).code;
        if (code === 'EADDRINUSE' || code === 'EACCES') {
          throw new CliError(
            EXIT_FAILURE,
            `cannot listen on ${config.host}:${config.port} (${code}); choose another --port`,
          );
        }
        throw error;
      });
      const colors = colorsFor(io);
      const warning = exposureWarning(config);
      if (warning !== null) io.stderr(`${colors.yellow(warning)}\n`);
      io.stdout(`${colors.green('✔')} ${runningMessage(server)}\n  stop: Ctrl+C\n`);
      await server.closed;
    });
}

function configFrom(io: Io, options: ServeOptions) {
  try {
    const flags = {
      port: options.port,
      host: options.host,
      db: options.db,
      allowedHosts: options.allowedHost,
      trustProxy: options.trustProxy,
    };
    // Parse once as given, so every problem is listed together; then again with a relative
    // SQLite path made relative to the working directory (the config is frozen).
    const config = parseConfig(flags, io.env);
    return parseConfig({ ...flags, db: databaseUrl(io, config.databaseUrl) }, io.env);
  } catch (error) {
    if (error instanceof ConfigError) throw invalid(error.message);
    throw error;
  }
}

/** The example from `bearing init`, so a first look at the API has something to show. */
async function importDemo(io: Io, database: Database): Promise<void> {
  if ((await listScorecards(database.db, DEMO_WORKSPACE)).length > 0) {
    io.stderr('--demo: the default workspace already has scorecards; imported nothing\n');
    return;
  }
  const parsed = parseStrategyText(readTemplate('strategy'), 'yaml');
  if (!parsed.ok) throw new Error('the bundled example strategy is invalid');
  await saveStrategy(database.db, DEMO_WORKSPACE, parsed.value, {
    actor: 'bearing serve --demo',
    now: new Date(),
  });
  io.stdout(`imported the example strategy into workspace "${DEMO_WORKSPACE}"\n`);
}

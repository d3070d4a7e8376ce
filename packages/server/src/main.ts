import { pathToFileURL } from 'node:url';
import { type Database, createDatabase, hasAccounts, migrateToLatest } from '@bearing/db';
import { buildApp } from './app.ts';
import { type ServerConfig, flagsFromArgv, parseConfig } from './config.ts';
import { ExposedWithoutAccountsError, exposureWarning, isLoopbackHost } from './exposure.ts';
import { findWebApp } from './plugins/web-app.ts';
import { createBackgroundWork } from './scheduler/background-work.ts';
import type { App } from './types.ts';

export interface RunningServer {
  readonly app: App;
  readonly database: Database;
  /** e.g. http://127.0.0.1:4600 (the real port when 0 was asked for). */
  readonly url: string;
  /** Whether the built web app is served at `url`/ (else / says how to build it). */
  readonly webApp: boolean;
  /** Resolves once the server has stopped (close() or SIGINT/SIGTERM). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Runs after migrations, before the port opens (e.g. `bearing serve --demo` imports). */
  readonly beforeListen?: (database: Database) => Promise<void>;
}

/**
 * The only place that listens. Opens and migrates the database (the first migration creates
 * the default workspace), builds the app, listens, and stops cleanly on SIGINT/SIGTERM.
 * Beyond loopback it refuses to start without accounts (`ExposedWithoutAccountsError`).
 */
export async function startServer(
  config: ServerConfig,
  options: StartOptions = {},
): Promise<RunningServer> {
  const database = await createDatabase(config.databaseUrl);
  let app: App;
  try {
    await migrateToLatest(database.db);
    if (!isLoopbackHost(config.host) && !(await hasAccounts(database.db))) {
      throw new ExposedWithoutAccountsError(config.host);
    }
    await options.beforeListen?.(database);
    app = await buildApp({ db: database, config, webRoot: config.webRoot });
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await database.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  // Reminders, alerts, e-mail and webhooks; BEARING_SCHEDULER=off leaves them to other processes.
  const background = config.scheduler ? createBackgroundWork(database, config, app.log) : undefined;
  background?.start();

  let stopping: Promise<void> | undefined;
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  const close = (): Promise<void> => {
    stopping ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await background?.stop();
      await app.close();
      await database.close();
      resolveClosed();
    })();
    return stopping;
  };
  const onSignal = (): void => void close();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const webApp = findWebApp(config.webRoot)?.built === true;
  return { app, database, url: `http://${host}:${port}`, webApp, closed, close };
}

/**
 * What to tell the person who started the server: the URL to open first, on one line of its own
 * (scripts and tests find it with /Bearing is running at (\S+)/), then the API's.
 */
export function runningMessage(server: Pick<RunningServer, 'url' | 'webApp'>): string {
  const lines = [
    `Bearing is running at ${server.url}/`,
    `  API: ${server.url}/api (docs: ${server.url}/api/docs)`,
  ];
  if (!server.webApp) {
    lines.push('  the web app is not built yet: run `npm run build` (the API works without it)');
  }
  return lines.join('\n');
}

// `node --import tsx packages/server/src/main.ts [--port] [--host] [--db] [--allowed-host] [--trust-proxy]`
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const config = parseConfig(flagsFromArgv(process.argv.slice(2)), process.env);
  const server = await startServer(config).catch((error: unknown) => {
    if (!(error instanceof ExposedWithoutAccountsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    // 2, like the CLI: the command line (or the database) must change before it can work.
    process.exit(2);
  });
  const warning = exposureWarning(config);
  if (warning !== null) process.stderr.write(`${warning}\n`);
  process.stdout.write(`${runningMessage(server)}\n`);
}

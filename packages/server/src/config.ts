import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DATABASE_URL_VARIABLE, DEFAULT_DATABASE_URL, parseDatabaseUrl } from '@bearing/db';

/**
 * 4600: free of the usual development ports (3000, 5173, 8080) and easy to remember
 * ("4 perspectives, 600"). Documented in docs/api.md.
 */
export const DEFAULT_PORT = 4600;
/** Loopback only: exposing the API to a network is a decision, made with --host 0.0.0.0. */
export const DEFAULT_HOST = '127.0.0.1';
/** Ordinary JSON bodies; a strategy import has its own, larger limit. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_IMPORT_LIMIT = 20 * 1024 * 1024;
/**
 * The built web app, found from this file's own location (packages/server/src → packages/web/dist),
 * so it is served whatever the working directory. BEARING_WEB_ROOT points elsewhere.
 */
export const DEFAULT_WEB_ROOT = resolve(fileURLToPath(new URL('../../web/dist/', import.meta.url)));
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly databaseUrl: string;
  /** Bytes; larger bodies get 413 PAYLOAD_TOO_LARGE. */
  readonly bodyLimit: number;
  readonly importBodyLimit: number;
  readonly logLevel: LogLevel;
  /** Directory of the built web app (index.html, assets/); a "not built" page when it has none. */
  readonly webRoot: string;
}

export interface ConfigInput {
  readonly port?: string | undefined;
  readonly host?: string | undefined;
  readonly db?: string | undefined;
}

/** Every problem at once, so a user fixes their command line in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid server configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the configuration once: flag > environment > default. Fails fast listing every problem;
 * the result is frozen, so nothing changes it behind the app's back.
 */
export function parseConfig(
  flags: ConfigInput,
  env: Readonly<Record<string, string | undefined>>,
): ServerConfig {
  const problems: string[] = [];
  const port = integer(
    'port (--port or BEARING_PORT)',
    flags.port ?? env['BEARING_PORT'],
    DEFAULT_PORT,
    0,
    65535,
    problems,
  );
  const host = (flags.host ?? env['BEARING_HOST'] ?? DEFAULT_HOST).trim();
  if (host === '') problems.push('host (--host or BEARING_HOST) is empty');
  const databaseUrl = flags.db ?? env[DATABASE_URL_VARIABLE] ?? DEFAULT_DATABASE_URL;
  try {
    parseDatabaseUrl(databaseUrl);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const bodyLimit = integer(
    'BEARING_BODY_LIMIT',
    env['BEARING_BODY_LIMIT'],
    DEFAULT_BODY_LIMIT,
    1,
    Number.MAX_SAFE_INTEGER,
    problems,
  );
  const importBodyLimit = integer(
    'BEARING_IMPORT_LIMIT',
    env['BEARING_IMPORT_LIMIT'],
    DEFAULT_IMPORT_LIMIT,
    1,
    Number.MAX_SAFE_INTEGER,
    problems,
  );
  const level = env['BEARING_LOG_LEVEL'] ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    problems.push(`BEARING_LOG_LEVEL "${level}" is not one of ${LOG_LEVELS.join(', ')}`);
  }
  const webRootText = env['BEARING_WEB_ROOT'];
  if (webRootText?.trim() === '') {
    problems.push('BEARING_WEB_ROOT is empty; unset it to serve the bundled web app');
  }
  // Relative to the working directory, like a SQLite path.
  const webRoot = webRootText?.trim() ? resolve(webRootText.trim()) : DEFAULT_WEB_ROOT;
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    host,
    port,
    databaseUrl,
    bodyLimit,
    importBodyLimit,
    logLevel: level as LogLevel,
    webRoot,
  });
}

/** Reads `--port` and `--host` and `--db` from a command line (for `node src/main.ts`). */
export function flagsFromArgv(argv: readonly string[]): ConfigInput {
  const { values } = parseArgs({
    args: [...argv],
    options: { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' } },
    strict: true,
  });
  return values;
}

function integer(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    problems.push(`${name} "${text}" must be a whole number from ${min} to ${max}`);
    return fallback;
  }
  return value;
}

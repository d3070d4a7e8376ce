import { type OidcConfig, oidcConfigFromEnv } from './auth/oidc.ts';
import { chromiumPath } from './render/chromium-path.ts';
import { mailConfigFromEnv } from './mail/mail-config.ts';
import type { MailConfig } from './mail/mailer.ts';
import { DEFAULT_LEASE_MS, DEFAULT_POLL_MS } from './scheduler/scheduler.ts';
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
/** An import whose file is larger is parsed and saved on a worker thread (docs/api.md, Limits). */
export const DEFAULT_IMPORT_INLINE_LIMIT = 512 * 1024;
/** Most scorecards and KPI values one import may hold (a 20 MB file holds about 1 M values). */
export const DEFAULT_IMPORT_MAX_SCORECARDS = 1_000;
export const DEFAULT_IMPORT_MAX_VALUES = 1_000_000;
/** A whole request, body included, must arrive within this time (408 REQUEST_TIMEOUT). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** The request line and headers must arrive within this time. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 15_000;
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
  /** Imports up to this many bytes are parsed on the event loop; larger ones on a worker. */
  readonly importInlineLimit: number;
  readonly importMaxScorecards: number;
  readonly importMaxValues: number;
  readonly requestTimeoutMs: number;
  readonly headersTimeoutMs: number;
  /**
   * Host names (besides loopback and the bound address) that requests may be addressed to:
   * the names users type behind a proxy. `.example.com` allows every subdomain.
   */
  readonly allowedHosts: readonly string[];
  readonly logLevel: LogLevel;
  /** Directory of the built web app (index.html, assets/); a "not built" page when it has none. */
  readonly webRoot: string;
  /**
   * The Chromium that prints PDF and PNG downloads: BEARING_CHROMIUM, else CHROME_PATH, else
   * /usr/bin/chromium. Not checked here: the server runs without one (HTML and SVG still work).
   */
  readonly chromium: string;
  /**
   * Fastify's `trustProxy`: false (default) reads the client's address and protocol from the
   * connection; true trusts X-Forwarded-For/-Proto from any peer; a string lists the proxies'
   * addresses (`127.0.0.1,10.0.0.0/8`). Needed behind a TLS-terminating proxy for `Secure`
   * cookies and for per-address sign-in limits (docs/api.md, "Running behind a proxy").
   */
  readonly trustProxy: boolean | string;
  /** Single sign-on, from BEARING_OIDC_* and BEARING_PUBLIC_URL; undefined when not set up. */
  readonly oidc: OidcConfig | undefined;
  /** Outgoing e-mail, from BEARING_SMTP_* and BEARING_MAIL_FROM; undefined: no e-mail is sent. */
  readonly mail: MailConfig | undefined;
  /**
   * Whether this process runs the scheduler (reminders, alerts, e-mail, webhooks): BEARING_SCHEDULER
   * =off for a process that only answers requests. Several processes may run it on one database.
   */
  readonly scheduler: boolean;
  /** How often the scheduler looks for due work (BEARING_SCHEDULER_POLL_MS, default 5 s). */
  readonly schedulerPollMs: number;
  /**
   * How long a claimed job stays this process's without a heartbeat (BEARING_SCHEDULER_LEASE_MS,
   * default 60 s): after a crash, another process picks the job up this much later.
   */
  readonly schedulerLeaseMs: number;
}

export interface ConfigInput {
  readonly port?: string | undefined;
  readonly host?: string | undefined;
  readonly db?: string | undefined;
  readonly allowedHosts?: readonly string[] | undefined;
  readonly trustProxy?: boolean | undefined;
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
  const limit = (name: string, fallback: number, min = 1) =>
    integer(name, env[name], fallback, min, Number.MAX_SAFE_INTEGER, problems);
  const importInlineLimit = limit('BEARING_IMPORT_INLINE_LIMIT', DEFAULT_IMPORT_INLINE_LIMIT, 0);
  const importMaxScorecards = limit('BEARING_IMPORT_MAX_SCORECARDS', DEFAULT_IMPORT_MAX_SCORECARDS);
  const importMaxValues = limit('BEARING_IMPORT_MAX_VALUES', DEFAULT_IMPORT_MAX_VALUES);
  const requestTimeoutMs = limit('BEARING_REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS, 100);
  const headersTimeoutMs = Math.min(
    limit('BEARING_HEADERS_TIMEOUT_MS', DEFAULT_HEADERS_TIMEOUT_MS, 100),
    requestTimeoutMs,
  );
  const allowedHosts = parseAllowedHosts(
    flags.allowedHosts ?? splitList(env['BEARING_ALLOWED_HOSTS']),
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
  const trustProxy = flags.trustProxy === true ? true : parseTrustProxy(env, problems);
  let oidc: OidcConfig | undefined;
  try {
    oidc = oidcConfigFromEnv(env);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const mail = mailConfigFromEnv(env, problems);
  const schedulerText = env['BEARING_SCHEDULER']?.trim() ?? '';
  if (!/^(|on|off|true|false|1|0)$/i.test(schedulerText)) {
    problems.push(`BEARING_SCHEDULER "${schedulerText}" must be on or off`);
  }
  const scheduler = !/^(off|false|0)$/i.test(schedulerText);
  const schedulerPollMs = limit('BEARING_SCHEDULER_POLL_MS', DEFAULT_POLL_MS, 50);
  const schedulerLeaseMs = limit('BEARING_SCHEDULER_LEASE_MS', DEFAULT_LEASE_MS, 300);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    host,
    port,
    databaseUrl,
    bodyLimit,
    importBodyLimit,
    importInlineLimit,
    importMaxScorecards,
    importMaxValues,
    requestTimeoutMs,
    headersTimeoutMs,
    allowedHosts: Object.freeze(allowedHosts),
    logLevel: level as LogLevel,
    webRoot,
    chromium: chromiumPath(env),
    trustProxy,
    oidc: oidc === undefined ? undefined : Object.freeze(oidc),
    mail: mail === undefined ? undefined : Object.freeze(mail),
    scheduler,
    schedulerPollMs,
    schedulerLeaseMs,
  });
}

/** BEARING_TRUST_PROXY: true/1, false/0, or the proxies' addresses (comma-separated). */
function parseTrustProxy(
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
): boolean | string {
  const text = env['BEARING_TRUST_PROXY']?.trim();
  if (text === undefined || text === '' || /^(false|0|no)$/i.test(text)) return false;
  if (/^(true|1|yes)$/i.test(text)) return true;
  const addresses = splitList(text) ?? [];
  const bad = addresses.filter((a) => !/^[0-9a-f.:]+(\/\d{1,3})?$/i.test(a));
  if (bad.length > 0) {
    problems.push(
      `BEARING_TRUST_PROXY "${text}" must be true, false, or the proxies' addresses (e.g. 127.0.0.1,10.0.0.0/8); not an address: ${bad.join(', ')}`,
    );
    return false;
  }
  return addresses.join(',');
}

/** Reads `--port`, `--host`, `--db`, `--allowed-host` and `--trust-proxy` from a command line (`node src/main.ts`). */
export function flagsFromArgv(argv: readonly string[]): ConfigInput {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'allowed-host': { type: 'string', multiple: true },
      'trust-proxy': { type: 'boolean' },
    },
    strict: true,
  });
  const { 'allowed-host': allowedHosts, 'trust-proxy': trustProxy, ...rest } = values;
  return { ...rest, allowedHosts, trustProxy };
}

function splitList(text: string | undefined): string[] | undefined {
  return text
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A host name, an IPv4 address, a bracketed IPv6 address, or `.domain` for its subdomains. */
const HOST_NAME =
  /^\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/i;

function parseAllowedHosts(names: readonly string[] | undefined, problems: string[]): string[] {
  const out: string[] = [];
  for (const name of names ?? []) {
    const host = name.trim().toLowerCase();
    if (HOST_NAME.test(host)) out.push(host);
    else {
      problems.push(
        `allowed host (--allowed-host or BEARING_ALLOWED_HOSTS) "${name}" is not a host name: give the name users type, without scheme or port, e.g. bearing.example.com or .example.com`,
      );
    }
  }
  return out;
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

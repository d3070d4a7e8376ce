import { createDatabase, migrateToLatest, type Database } from '@bearing/db';
import { CliError, EXIT_FAILURE, EXIT_INVALID } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { databaseUrl } from './database-url.ts';

/**
 * Where `bearing import` and `bearing export` read and write: a running server (`--server URL`,
 * through its REST API, so its change log and access checks apply) or, by default, the local
 * database that `bearing serve` would use.
 */
export interface TransferOptions {
  readonly server?: string;
  readonly db?: string;
  readonly workspace: string;
  /** An API token for the server (`--token`, else BEARING_TOKEN); unused on the local database. */
  readonly token?: string;
}

export const SERVER_OPTION_HELP =
  'a running Bearing server, e.g. http://127.0.0.1:4600 (default: the local database)';

export const TOKEN_OPTION_HELP =
  'with --server: an API token (default: BEARING_TOKEN; create one with bearing tokens create)';

/** The options with the token to send: `--token`, else BEARING_TOKEN (never logged). */
export function withServerToken<T extends { readonly token?: string }>(io: Io, options: T): T {
  const token = options.token ?? io.env['BEARING_TOKEN'];
  return token === undefined || token === '' ? options : { ...options, token };
}

/** The base URL of the workspace's API, checked before anything is sent. */
export function workspaceApi(options: TransferOptions): string {
  const server = options.server ?? '';
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new CliError(
      EXIT_INVALID,
      `--server expects a URL such as http://127.0.0.1:4600, got "${server}"`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CliError(
      EXIT_INVALID,
      `--server expects an http:// or https:// URL, got "${server}"`,
    );
  }
  const base = url.href.replace(/\/+$/, '').replace(/\/api$/, '');
  return `${base}/api/workspaces/${encodeURIComponent(options.workspace)}`;
}

/** Sent with every call: the server refuses body-less POSTs without it (cross-site defence). */
const CLIENT_HEADER = { 'x-bearing-request': '1' } as const;

/**
 * Calls the server, with `Authorization: Bearer` when there is a token. An unreachable server is
 * a plain message, not a stack trace; a refused one (401, 403) is a sentence that says what to
 * do, exit 2, whatever the command: the request was the problem, not the server.
 */
export async function callServer(
  url: string,
  init: RequestInit,
  token: string | undefined,
): Promise<Response> {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(CLIENT_HEADER)) headers.set(name, value);
  if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new CliError(
      EXIT_FAILURE,
      `cannot reach the server at ${new URL(url).origin} (${cause}); is \`bearing serve\` running?`,
    );
  }
  if (response.status === 401 || response.status === 403) {
    throw new CliError(EXIT_INVALID, await refusal(response, new URL(url).origin, token));
  }
  return response;
}

async function refusal(
  response: Response,
  origin: string,
  token: string | undefined,
): Promise<string> {
  const { message } = await apiFailure(response);
  if (response.status === 403) {
    return `the server at ${origin} does not allow this: ${message}`;
  }
  return token === undefined
    ? `the server at ${origin} needs you to sign in (${message}); pass an API token with --token or BEARING_TOKEN (bearing tokens create)`
    : `the server at ${origin} did not accept the API token (${message}): it is unknown, expired or revoked`;
}

/** The `{error: {code, message}}` body of a failed API call, as one line. */
export async function apiFailure(
  response: Response,
): Promise<{ code: string; message: string; body: unknown }> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  return {
    code: body?.error?.code ?? `HTTP_${response.status}`,
    message: body?.error?.message ?? response.statusText,
    body,
  };
}

/** Opens the local database (migrated, as `bearing serve` would leave it) for one command. */
export async function withLocalDatabase<T>(
  io: Io,
  options: TransferOptions,
  fn: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await createDatabase(databaseUrl(io, options.db));
  try {
    await migrateToLatest(database.db);
    return await fn(database);
  } finally {
    await database.close();
  }
}

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
}

export const SERVER_OPTION_HELP =
  'a running Bearing server, e.g. http://127.0.0.1:4600 (default: the local database)';

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

/** Calls the server; an unreachable one is a plain message, not a stack trace. */
export async function callServer(url: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(CLIENT_HEADER)) headers.set(name, value);
  try {
    return await fetch(url, { ...init, headers });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new CliError(
      EXIT_FAILURE,
      `cannot reach the server at ${new URL(url).origin} (${cause}); is \`bearing serve\` running?`,
    );
  }
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

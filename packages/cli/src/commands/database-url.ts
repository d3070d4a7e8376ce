import { isAbsolute, resolve } from 'node:path';
import { DATABASE_URL_VARIABLE, DEFAULT_DATABASE_URL, parseDatabaseUrl } from '@bearing/db';
import { invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';

export const DB_OPTION_HELP = `database URL: sqlite:PATH or postgres://… (default: ${DATABASE_URL_VARIABLE} or ${DEFAULT_DATABASE_URL})`;

/**
 * The database to open: --db > BEARING_DATABASE_URL > the default. A relative SQLite path is
 * relative to the command's working directory (the Io's, so tests run anywhere). A malformed
 * URL is invalid input (exit 2) with the forms that are accepted.
 */
export function databaseUrl(io: Io, flag: string | undefined): string {
  const url = flag ?? io.env[DATABASE_URL_VARIABLE] ?? DEFAULT_DATABASE_URL;
  let parsed;
  try {
    parsed = parseDatabaseUrl(url);
  } catch (error) {
    throw invalid((error as Error).message);
  }
  if (parsed.dialect !== 'sqlite' || parsed.path === ':memory:' || isAbsolute(parsed.path)) {
    return url;
  }
  return `sqlite:${resolve(io.cwd, parsed.path)}`;
}

import {
  type Database,
  DuplicateKeyError,
  NotFoundError,
  createDatabase,
  migrateToLatest,
} from '@bearing/db';
import { invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { databaseUrl } from './database-url.ts';

export interface DatabaseOptions {
  readonly db?: string;
}

/**
 * Opens the local database for one access command, migrated as `bearing serve` would leave it
 * (an administrator often creates the first account before the server has ever started). A
 * duplicate or a missing row the command did not check first is still bad input, exit 2.
 */
export async function withAccessDatabase<T>(
  io: Io,
  options: DatabaseOptions,
  fn: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await createDatabase(databaseUrl(io, options.db));
  try {
    await migrateToLatest(database.db);
    return await fn(database);
  } catch (error) {
    if (error instanceof DuplicateKeyError || error instanceof NotFoundError) {
      throw invalid(error.message);
    }
    throw error;
  } finally {
    await database.close();
  }
}

import type { Executor } from './database.ts';

/** Who writes and when. The clock is read by the caller (service or CLI), never here. */
export interface WriteContext {
  readonly actor: string;
  readonly now: Date;
}

/**
 * Runs `fn` in a transaction: the caller's when it already holds one, else a new one. Every
 * write and its change-log row go through here, so they commit or roll back together.
 */
export function inTransaction<T>(db: Executor, fn: (trx: Executor) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}

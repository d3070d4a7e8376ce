import type { Executor } from './database.ts';

/** Who writes and when. The clock is read by the caller (service or CLI), never here. */
export interface WriteContext {
  readonly actor: string;
  readonly now: Date;
  /**
   * The edit batch the write belongs to: every change it logs is tagged with it, so the write can
   * answer with its change ids and be undone as one. Unset, the rows have no batch.
   */
  readonly batch?: string;
  /** The signed-in account behind the write (null or unset in local mode). */
  readonly accountId?: string | null;
  /** The API token the account wrote with, if any. */
  readonly tokenId?: string | null;
}

/**
 * Runs `fn` in a transaction: the caller's when it already holds one, else a new one. Every
 * write and its change-log row go through here, so they commit or roll back together.
 */
export function inTransaction<T>(db: Executor, fn: (trx: Executor) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}

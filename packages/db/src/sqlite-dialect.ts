import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type TransactionSettings,
} from 'kysely';

/**
 * Kysely opens SQLite transactions with a plain (deferred) BEGIN. A deferred transaction that
 * reads and then writes cannot wait for another process's write to finish: in WAL mode it fails
 * at once with SQLITE_BUSY, because its snapshot is already stale. BEGIN IMMEDIATE takes the
 * write lock up front, so a second process waits (busy_timeout) and then reads fresh data.
 * Read-only transactions keep the deferred BEGIN: they never block writers in WAL mode.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(
    connection: DatabaseConnection,
    settings?: TransactionSettings,
  ): Promise<void> {
    const readOnly = settings?.accessMode === 'read only';
    await connection.executeQuery(CompiledQuery.raw(readOnly ? 'begin' : 'begin immediate'));
  }
}

export class BearingSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
}

/**
 * The storage errors, each with a stable code. The server maps codes to HTTP in one place
 * (NOT_FOUND → 404, CONFLICT and DUPLICATE_KEY and IN_USE → 409).
 */
export type StorageErrorCode = 'NOT_FOUND' | 'CONFLICT' | 'DUPLICATE_KEY' | 'IN_USE';

export abstract class StorageError extends Error {
  abstract readonly code: StorageErrorCode;
}

export class NotFoundError extends StorageError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} "${key}" does not exist`);
    this.name = 'NotFoundError';
  }
}

/** An update carried a stale version: someone else changed the entity first. */
export class ConflictError<T = unknown> extends StorageError {
  readonly code = 'CONFLICT';
  constructor(
    readonly entity: string,
    readonly key: string,
    readonly expectedVersion: number,
    /** The entity as it is now, so the client can merge and retry. */
    readonly current: T,
  ) {
    super(
      `${entity} "${key}" was changed by someone else (you had version ${expectedVersion}); reload and retry`,
    );
    this.name = 'ConflictError';
  }
}

export class DuplicateKeyError extends StorageError {
  readonly code = 'DUPLICATE_KEY';
  constructor(
    readonly entity: string,
    readonly key: string,
    detail = '',
  ) {
    super(`${entity} "${key}" already exists${detail ? `: ${detail}` : ''}`);
    this.name = 'DuplicateKeyError';
  }
}

/** A delete that would orphan other entities (e.g. a perspective that still holds objectives). */
export class InUseError extends StorageError {
  readonly code = 'IN_USE';
  constructor(
    readonly entity: string,
    readonly key: string,
    readonly usedBy: readonly string[],
  ) {
    super(`${entity} "${key}" is still used by ${usedBy.join(', ')}`);
    this.name = 'InUseError';
  }
}

/**
 * A stored row the repositories cannot read back (a hand edit, a bad restore). Not a
 * StorageError: no request can fix it, so the server answers it as an internal error.
 */
export class CorruptRowError extends Error {
  constructor(
    readonly table: string,
    readonly rowKey: string,
    /** The field of `extra_json` at fault, or null when the column as a whole is. */
    readonly field: string | null,
    problem: string,
  ) {
    super(
      `${table} row "${rowKey}": extra_json${field === null ? '' : ` field "${field}"`} ${problem}`,
    );
    this.name = 'CorruptRowError';
  }
}

/** True for a unique or primary-key violation on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = error.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

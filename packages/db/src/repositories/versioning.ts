import type { UpdateResult } from 'kysely';
import { ConflictError } from '../errors.ts';

/**
 * Throws the typed conflict when the caller's version is stale, carrying the current state.
 * Without an expected version (an unconditional write) there is nothing to check.
 */
export function checkVersion(
  entity: string,
  key: string,
  current: { readonly version: number },
  expectedVersion: number | undefined,
): void {
  if (expectedVersion !== undefined && current.version !== expectedVersion) {
    throw new ConflictError(entity, key, expectedVersion, current);
  }
}

/**
 * Updates guard with `WHERE version = expected`; zero rows means another process committed
 * first, between our read and our write. Then reload and report the conflict.
 */
export async function checkUpdated<R>(
  result: UpdateResult,
  entity: string,
  key: string,
  expectedVersion: number,
  reload: () => Promise<R>,
): Promise<void> {
  if (result.numUpdatedRows === 0n) {
    throw new ConflictError(entity, key, expectedVersion, await reload());
  }
}

/** A copy without some keys (destructuring would leave unused variables behind). */
export function omit<T extends object, K extends keyof T & string>(
  value: T,
  ...keys: K[]
): Omit<T, K> {
  const drop = new Set<string>(keys);
  return Object.fromEntries(Object.entries(value).filter(([k]) => !drop.has(k))) as Omit<T, K>;
}

/** Applies a patch, ignoring keys explicitly set to `undefined`. */
export function applyPatch<T extends object>(current: T, patch: Partial<NoInfer<T>>): T {
  const next = { ...current };
  for (const [k, v] of Object.entries(patch)) {
    if (v !== undefined) (next as Record<string, unknown>)[k] = v;
  }
  return next;
}

/**
 * Object identity across renders. React Flow and memoised components skip work for objects they
 * have seen; rebuilding nodes and edges from data makes new objects every time, so unchanged ones
 * are swapped back for their previous versions.
 */

/** JSON-like deep equality, enough for node and edge objects. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** `next`, with each element that equals its previous version (same id) replaced by that version. */
export function keepIdentity<T extends { id: string }>(
  previous: readonly T[],
  next: readonly T[],
): T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  return next.map((item) => {
    const old = before.get(item.id);
    return old && deepEqual(old, item) ? old : item;
  });
}

/**
 * Remembers the last list handed to React Flow, so unchanged nodes and edges keep their identity
 * from one render to the next (React Flow and the memoised components then skip them).
 */
export class IdentityCache<T extends { id: string }> {
  private previous: readonly T[] = [];

  stabilise(next: readonly T[]): T[] {
    const result = keepIdentity(this.previous, next);
    this.previous = result;
    return result;
  }
}

/**
 * Defensive readers over the parsed (not yet validated) document. The model builder reads through
 * them so it can check references even when some fields have the wrong type: zod reports those,
 * and the user still gets every other problem in the same run.
 */
export type RawObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectsOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(obj: RawObject, key: string): string | null {
  const value = obj[key];
  return typeof value === 'string' ? value : null;
}

export function trimmed(obj: RawObject, key: string): string | null {
  const value = str(obj, key);
  return value === null ? null : value.trim();
}

export function num(obj: RawObject, key: string): number | null {
  const value = obj[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function bool(obj: RawObject, key: string): boolean | null {
  const value = obj[key];
  return typeof value === 'boolean' ? value : null;
}

export function oneOf<T extends string>(
  obj: RawObject,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = obj[key];
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

export function oneOfOrNull<T extends string>(
  obj: RawObject,
  key: string,
  allowed: readonly T[],
): T | null {
  const value = obj[key];
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : null;
}

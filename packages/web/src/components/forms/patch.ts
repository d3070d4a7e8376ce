/** Patches: only what changed, compared in the API's syntax (what would be sent). */

function containsNaN(value: unknown): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (Array.isArray(value)) return value.some(containsNaN);
  if (value && typeof value === 'object') return Object.values(value).some(containsNaN);
  return false;
}

/**
 * The fields of `after` whose API form differs from `before`. A half-typed number (NaN) always
 * counts as changed, so the schema gets to refuse it instead of it being dropped silently.
 */
export function changedFields(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    const same =
      JSON.stringify(before[key]) === JSON.stringify(after[key]) && !containsNaN(after[key]);
    if (!same) patch[key] = after[key];
  }
  return patch;
}

/** Drops null fields: create inputs take a field or its absence, never null. */
export function withoutNulls(input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null));
}

import { z } from 'zod';

/**
 * Building blocks of the API input schemas. Inputs use the strategy file's own syntax
 * (`contributesTo: acme/quality`, `lag: 3 months`), so what a person writes in a file, a form or
 * a request is one language; the file's parser then checks references, cycles and scales.
 */

/** The version a client read, for optimistic concurrency (HTTP may send it as If-Match). */
export const versionField = z
  .number()
  .int()
  .min(1)
  .describe('the version you read; or send it as If-Match: "<version>"');

type Shape = Record<string, z.ZodType>;

/**
 * Every field optional, and `null` clears it back to the file's default (absent from the file).
 * Fields that have no default (a name) refuse null when the strategy is checked.
 */
export function patchShape<S extends Shape>(
  shape: S,
): { [K in keyof S]: z.ZodOptional<z.ZodNullable<S[K]>> } {
  const out: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(shape)) out[key] = field.nullable().optional();
  return out as { [K in keyof S]: z.ZodOptional<z.ZodNullable<S[K]>> };
}

/** The fields of a patch to apply (everything but the version it was made against). */
export type PatchFields<T> = Omit<T, 'version'>;

/**
 * Field-level messages for forms, from the two places a problem is found: the shared zod input
 * schemas (before sending) and the API's error `path` (after: `body.target` → field `target`).
 */
import { isApiError } from '../../api/client.ts';

/** Field name → the message to show next to it. */
export type FieldErrors = Readonly<Record<string, string>>;

/** The structural part of a zod issue that forms need (the web does not import zod itself). */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The first message per top-level field; `thresholds.green` and `target[1]` go to their field. */
export function issuesToFieldErrors(issues: readonly IssueLike[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : '';
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * The form field an API error is about: `body.parent` → `parent`, `body.targets.2027` →
 * `targets`. Null when the error is not about one field of the body (a header, the request).
 */
export function apiErrorField(path: string | null | undefined): string | null {
  if (!path?.startsWith('body.')) return null;
  const rest = path.slice('body.'.length);
  const match = /^[A-Za-z0-9_-]+/.exec(rest);
  return match ? match[0] : null;
}

/**
 * Field errors from a failed write. `aliases` moves errors to where the user can act on them
 * (a duplicate `id` is shown at the name the id was derived from).
 */
export function apiFieldErrors(
  error: unknown,
  aliases: Readonly<Record<string, string>> = {},
): FieldErrors {
  if (!isApiError(error)) return {};
  const field = apiErrorField(error.path);
  if (field === null) return {};
  return { [aliases[field] ?? field]: error.message };
}

/** Text inputs hold ''; the API means "reset to default" by null. */
export function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A number input's value as the API wants it: '' → null (cleared); a half-typed string ('-',
 * '1e') → NaN, which the zod schema refuses with its own message ("expected a number").
 */
export function numberOrNull(value: number | string): number | null {
  if (typeof value === 'number') return value;
  if (value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : Number.NaN;
}

/** A number from the API for a number input: null → '' (empty). */
export function numberToInput(value: number | null | undefined): number | string {
  return value ?? '';
}

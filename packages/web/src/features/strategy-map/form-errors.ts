/**
 * Field errors for the map's small forms, from either side: the shared zod input schema before
 * sending, or the API's error path (`body.name`) after.
 */
import { isApiError } from '../../api/client.ts';

export type FieldErrors = Readonly<Record<string, string>>;

/** The first message per top-level field of zod issues. */
export function zodFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= issue.message;
  }
  return errors;
}

/** An API error pinned to a form field (`body.id` counts as `aliasOfId`), or under '' if not. */
export function apiFieldErrors(error: unknown, aliasOfId = 'name'): FieldErrors {
  if (!isApiError(error)) return {};
  const field = error.path?.startsWith('body.') ? error.path.slice(5).split(/[.[]/)[0]! : '';
  return { [field === 'id' ? aliasOfId : field]: error.message };
}

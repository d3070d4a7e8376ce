import { isApiError } from './client.ts';

/** One readable sentence for any failure: the catalog message, with the field it is about. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    const where = error.path ? ` (${error.path})` : '';
    const issues = error.body.issues ?? [];
    const more = issues.length > 1 ? ` and ${issues.length - 1} more problem(s)` : '';
    return `${error.message}${where}${more}`;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

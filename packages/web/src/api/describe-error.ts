import { isApiError } from './client.ts';

/** One readable sentence for any failure: the catalog message, with the field it is about. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 403) return `Not allowed: ${error.message}.`.replace(/\.\.$/, '.');
    if (error.status === 429) return rateLimited(error.message, error.retryAfterSeconds);
    const where = error.path ? ` (${error.path})` : '';
    const issues = error.body.issues ?? [];
    const more = issues.length > 1 ? ` and ${issues.length - 1} more problem(s)` : '';
    return `${error.message}${where}${more}`;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

function rateLimited(message: string, seconds: number | null): string {
  if (seconds === null) return message;
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many attempts: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

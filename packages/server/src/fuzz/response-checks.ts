import type { LightMyRequestResponse } from 'fastify';
import { API_ERROR_STATUS } from '../errors.ts';

/**
 * What every answer must be, whatever was asked: never a 5xx; an error in the one shape
 * `{error: {code, message, path}}` with a code of the catalog and the catalog's status; no
 * stack, SQL or file paths in it.
 */
export function responseProblem(res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `answered ${res.statusCode}: ${res.body.slice(0, 300)}`;
  if (res.statusCode < 400) return null;
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return `error ${res.statusCode} is not JSON: ${res.body.slice(0, 200)}`;
  }
  const error = (body as { error?: unknown } | null)?.error;
  if (typeof error !== 'object' || error === null) {
    return `error body without "error": ${res.body.slice(0, 200)}`;
  }
  const { code, message, path } = error as Record<string, unknown>;
  if (typeof code !== 'string' || !(code in API_ERROR_STATUS))
    return `unknown error code ${String(code)}`;
  if (typeof message !== 'string' || message === '') return `error ${code} without a message`;
  if (typeof path !== 'string') return `error ${code} without a path`;
  const expected = API_ERROR_STATUS[code as keyof typeof API_ERROR_STATUS];
  if (expected !== res.statusCode)
    return `${code} answered ${res.statusCode}, the catalog says ${expected}`;
  if (/\n\s+at |node_modules|\.ts:\d+|SQLITE_|syntax error at or near|FST_ERR/.test(res.body)) {
    return `error ${code} leaks internals: ${res.body.slice(0, 300)}`;
  }
  return null;
}

/** A promise that fails when `ms` pass first: a request that hangs is a finding too. */
export async function within<T>(ms: number, work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} did not answer within ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The one way the web app talks to the API. Every failure becomes an ApiError carrying the
 * catalog's code, message and path (docs/api.md "Errors"), so any screen can show it readably;
 * a network failure becomes code OFFLINE instead of a blank screen.
 */
export interface ApiErrorBody {
  readonly code: string;
  readonly message: string;
  readonly path?: string | null;
  /** For CONFLICT: the entity as it is now on the server. */
  readonly current?: unknown;
  /** For INVALID_STRATEGY: every issue. */
  readonly issues?: readonly { path: string; message: string }[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly path: string | null;
  readonly body: ApiErrorBody;
  /** From Retry-After on a 429: how long until signing in may be tried again. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, body: ApiErrorBody, retryAfterSeconds: number | null = null) {
    super(body.message);
    this.retryAfterSeconds = retryAfterSeconds;
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.path = body.path ?? null;
    this.body = body;
  }

  get isConflict(): boolean {
    return this.status === 409 && this.code === 'CONFLICT';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  readonly query?: Readonly<Record<string, string | number | null | undefined>>;
  /** Sent as If-Match: the version the edit was based on. */
  readonly version?: number;
  readonly signal?: AbortSignal;
}

export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

/**
 * Sent with every request: the server refuses a body-less POST without it, because another web
 * site could make the browser send one (docs/api.md, "Cross-site requests").
 */
export const CLIENT_HEADERS: Readonly<Record<string, string>> = { 'X-Bearing-Request': '1' };

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...CLIENT_HEADERS, Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, {
      code: 'OFFLINE',
      message: 'The Bearing server cannot be reached. Check that `bearing serve` is running.',
    });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? parseJson(text) : undefined;
  if (!response.ok) {
    throw new ApiError(response.status, errorBody(response, data), retryAfter(response));
  }
  return data as T;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { error: { code: 'BAD_RESPONSE', message: text.slice(0, 200) } };
  }
}

function errorBody(response: Response, data: unknown): ApiErrorBody {
  if (typeof data === 'object' && data !== null && 'error' in data) {
    const error = data.error;
    if (typeof error === 'object' && error !== null && 'message' in error) {
      return error as ApiErrorBody;
    }
  }
  return {
    code: response.status >= 500 ? 'INTERNAL' : 'HTTP_' + String(response.status),
    message: `The server answered ${response.status} ${response.statusText}.`,
  };
}

function retryAfter(response: Response): number | null {
  const header = response.headers.get('Retry-After');
  const seconds = header === null ? NaN : Number(header);
  return Number.isFinite(seconds) ? seconds : null;
}

/** A 401 means the session ended (or never began): the caller should go to the sign-in page. */
export function isUnauthenticated(error: unknown): boolean {
  return isApiError(error) && error.status === 401;
}

/**
 * A stand-in for the Bearing API in component tests: routes by method and path, records every
 * request (method, path, query, If-Match, body), so a test can assert what was sent, or not.
 */
import { vi } from 'vitest';

export interface MockRequest {
  readonly method: string;
  /** Without the /api prefix, e.g. /workspaces/default/scorecards/acme/kpis. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly ifMatch: string | null;
  readonly body: unknown;
}

export interface MockRoute {
  readonly method?: string;
  readonly path: string | RegExp;
  /**
   * The JSON answer, or a function `(request: MockRequest) => ({status, body})` that decides per
   * request (annotate its parameter: `unknown` gives it no contextual type).
   */
  readonly reply: unknown;
  readonly status?: number;
}

export function mockApi(routes: readonly MockRoute[]): MockRequest[] {
  const requests: MockRequest[] = [];
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const href = input instanceof Request ? input.url : input.toString();
    const url = new URL(href, 'http://localhost');
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const request: MockRequest = {
      method,
      path: url.pathname.replace(/^\/api/, ''),
      query: url.searchParams,
      ifMatch: headers.get('If-Match'),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    requests.push(request);
    const route = routes.find(
      (r) =>
        (r.method ?? 'GET') === method &&
        (typeof r.path === 'string' ? r.path === request.path : r.path.test(request.path)),
    );
    if (!route) {
      const body = {
        error: { code: 'NOT_FOUND', message: `no mock for ${method} ${request.path}` },
      };
      return Promise.resolve(new Response(JSON.stringify(body), { status: 404 }));
    }
    const answer =
      typeof route.reply === 'function'
        ? (route.reply as (r: MockRequest) => { status: number; body: unknown })(request)
        : { status: route.status ?? 200, body: route.reply };
    return Promise.resolve(
      new Response(answer.status === 204 ? null : JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return requests;
}

/** The requests that wrote something (not GET). */
export function writes(requests: readonly MockRequest[]): MockRequest[] {
  return requests.filter((r) => r.method !== 'GET');
}

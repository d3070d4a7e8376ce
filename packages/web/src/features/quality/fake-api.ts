/**
 * A stand-in for the Bearing API at the network boundary (fetch), for tests: it answers reads
 * from fixed data, records every request, logs each write as a change (as the server's change
 * log does) and can be told to fail a request.
 */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly ifMatch: string | null;
}

export interface FakeApi {
  readonly requests: RecordedRequest[];
  /** Writes only (not GETs), as "METHOD path". */
  readonly writes: () => string[];
  readonly fetch: typeof fetch;
}

interface FakeOptions {
  /** GET path (without /api) → body. */
  readonly reads?: Readonly<Record<string, unknown>>;
  /** Change ids already in the log. */
  readonly existingChanges?: readonly string[];
  /** Return a status and error code to fail a request. */
  readonly fail?: (method: string, path: string) => { status: number; code: string } | null;
}

export function fakeApi({ reads = {}, existingChanges = [], fail }: FakeOptions = {}): FakeApi {
  const requests: RecordedRequest[] = [];
  const log = [...existingChanges];
  let next = 1;
  const json = (status: number, body: unknown) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  const fakeFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // The client always passes a string path (api/client.ts apiUrl).
    const url = new URL(
      input instanceof Request ? input.url : input.toString(),
      'http://localhost',
    );
    const method = init?.method ?? 'GET';
    const path = url.pathname.replace(/^\/api/, '');
    const headers = new Headers(init?.headers);
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    requests.push({
      method,
      path,
      query: url.searchParams,
      body,
      ifMatch: headers.get('If-Match'),
    });
    const failure = fail?.(method, path);
    if (failure) {
      return Promise.resolve(
        json(failure.status, {
          error: { code: failure.code, message: `refused: ${failure.code}` },
        }),
      );
    }
    if (method === 'GET') {
      if (path.endsWith('/changes')) {
        return Promise.resolve(json(200, { changes: log.map((id) => ({ id })) }));
      }
      if (path in reads) return Promise.resolve(json(200, reads[path]));
      return Promise.resolve(json(404, { error: { code: 'NOT_FOUND', message: `no ${path}` } }));
    }
    if (method === 'POST' && path.endsWith('/edits')) {
      // An edit batch: one change per edit, all under one batch id.
      const edits = (body as { edits: unknown[] }).edits;
      const changes = edits.map(() => `change-${next++}`);
      log.push(...changes);
      return Promise.resolve(json(200, { batch: `batch-${next++}`, changes }));
    }
    const reverted = /\/batches\/([^/]+)\/revert$/.exec(path);
    if (method === 'POST' && reverted) {
      const change = `change-${next++}`;
      log.push(change);
      const batch = `batch-${next++}`;
      return Promise.resolve(json(200, { reverted: reverted[1], batch, changes: [change] }));
    }
    log.push(`change-${next++}`);
    if (method === 'DELETE') return Promise.resolve(new Response(null, { status: 204 }));
    return Promise.resolve(
      json(method === 'POST' ? 201 : 200, { ...(body as object), version: 1 }),
    );
  };
  return {
    requests,
    writes: () => requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`),
    fetch: fakeFetch,
  };
}

import { connect } from 'node:net';
import { createDatabase } from '@bearing/db';
import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../test-helpers.ts';
import type { App } from '../types.ts';

/**
 * Errors that Fastify or Node's HTTP parser raise themselves used to leave in their own shapes
 * (`{"error":"Bad Request","code":"FST_ERR_BAD_URL",…}`). Every one now has the API's shape,
 * the catalog's status and no internals. Over a real socket: inject() skips Node's parser.
 */
const shape = (code: string) => ({
  error: { code, message: expect.any(String) as string, path: expect.any(String) as string },
});

/** Writes raw bytes and returns the whole answer once the server closes the connection. */
function raw(port: number, chunks: readonly string[], gapMs = 0): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (data: Buffer) => (answer += data.toString()));
    socket.on('close', () => {
      resolve(answer);
    });
    socket.on('error', reject);
    socket.on('connect', () => {
      let i = 0;
      const next = () => {
        if (i < chunks.length && !socket.destroyed) {
          socket.write(chunks[i++]!);
          setTimeout(next, gapMs);
        }
      };
      next();
    });
  });
}

function bodyOf(answer: string): unknown {
  return JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
}

describe('errors from the edges of the server', () => {
  let database: TestDatabase;
  let app: App;
  let port: number;
  let base: string;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildTestApp(database, {
      BEARING_REQUEST_TIMEOUT_MS: '1500',
      BEARING_HEADERS_TIMEOUT_MS: '1000',
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    port = typeof address === 'object' && address !== null ? address.port : 0;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('answers a bad percent-encoding with 400 VALIDATION at the url', async () => {
    const res = await fetch(`${base}/api/workspaces/default/scorecards/%zz`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'VALIDATION',
        message: expect.stringContaining('percent-encoding') as string,
        path: 'url',
      },
    });
  });

  it('answers a path parameter over 100 characters with 414 URI_TOO_LONG', async () => {
    const res = await fetch(`${base}/api/workspaces/${'w'.repeat(120)}/scorecards`);
    expect(res.status).toBe(414);
    expect(await res.json()).toEqual(shape('URI_TOO_LONG'));
  });

  it('answers headers over 16 KB with 431 HEADERS_TOO_LARGE', async () => {
    const answer = await raw(port, [
      `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(17_000)}\r\n\r\n`,
    ]);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(answer)).toEqual(shape('HEADERS_TOO_LARGE'));
  });

  it('closes a body trickled one byte at a time with 408 REQUEST_TIMEOUT', async () => {
    const head =
      'POST /api/workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n';
    const answer = await raw(port, [head, ...'{"key":"slow","name":"Slow"}'.split('')], 400);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(bodyOf(answer)).toEqual(shape('REQUEST_TIMEOUT'));
  });

  it('answers bytes that are not HTTP with 400 in the shape', async () => {
    const answer = await raw(port, ['HELLO THERE\r\n\r\n']);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(answer)).toEqual(shape('VALIDATION'));
  });

  it.each([
    ['a JSON syntax error', 'application/json', '{"key": ', 400, 'VALIDATION'],
    ['an empty JSON body', 'application/json', '', 400, 'VALIDATION'],
    ['a body type no route reads', 'application/xml', '<x/>', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'a body over the limit',
      'application/json',
      `"${'x'.repeat(1_100_000)}"`,
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ] as const)('answers %s in the shape', async (_what, type, body, status, code) => {
    const res = await fetch(`${base}/api/workspaces`, {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    });
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: Record<string, unknown> };
    expect(json).toEqual(shape(code));
    expect(JSON.stringify(json)).not.toMatch(/FST_|statusCode|at .*\.js/);
  });

  it('answers a write that waited out another writer with 503 UNAVAILABLE and Retry-After', async () => {
    // Another connection (an import worker, another process) holds SQLite's write lock.
    const other = await createDatabase(database.url);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Bearing's SQLite transactions begin IMMEDIATE: this one takes the write lock at once.
    let locked = () => {};
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holding = other.db.transaction().execute(() => {
      locked();
      return gate;
    });
    await lockTaken;
    try {
      const res = await fetch(`${base}/api/workspaces`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'busy', name: 'Busy' }),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toEqual(shape('UNAVAILABLE'));
    } finally {
      release();
      await holding;
      await other.close();
    }
    const list = (await (await fetch(`${base}/api/workspaces`)).json()) as {
      workspaces: { key: string }[];
    };
    expect(list.workspaces.map((w) => w.key)).not.toContain('busy');
  });
});

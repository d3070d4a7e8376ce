import { randomBytes } from 'node:crypto';
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP receiver on 127.0.0.1 for webhook tests. The path says how it answers:
 * `/ok/<tag>` 204, `/fail/<tag>` 500 with the body "receiver broke", `/big/<tag>` 500 with
 * 100 KB of text. Each test uses its own tag,
 * so tests sharing the receiver read only their own requests.
 */
export interface ReceivedRequest {
  readonly method: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface Receiver {
  /** A URL answering as `mode` says, with a fresh tag. */
  url(mode: 'ok' | 'fail' | 'big'): string;
  /** What arrived at this URL, oldest first. */
  received(url: string): readonly ReceivedRequest[];
  close(): Promise<void>;
}

export const FAILURE_BODY = 'receiver broke';

export async function startReceiver(): Promise<Receiver> {
  const byPath = new Map<string, ReceivedRequest[]>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      chunks.push(c);
    });
    req.on('end', () => {
      const path = req.url ?? '/';
      const list = byPath.get(path) ?? [];
      list.push({
        method: req.method ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      byPath.set(path, list);
      if (path.startsWith('/big/')) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('x'.repeat(100_000));
      } else if (path.startsWith('/fail/')) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(FAILURE_BODY);
      } else {
        res.writeHead(204).end();
      }
    });
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: (mode) => `http://127.0.0.1:${String(port)}/${mode}/${randomBytes(6).toString('hex')}`,
    received: (url) => byPath.get(new URL(url).pathname) ?? [],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => {
          if (e) reject(e);
          else resolve();
        });
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens: a port that was free a moment ago. */
export async function refusingUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  return `http://127.0.0.1:${String(port)}/gone`;
}

import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runCli } from '../__fixtures__/harness.ts';

const VALUES = fileURLToPath(new URL('../../../../docs/examples/values-long.csv', import.meta.url));

/**
 * A stand-in server that answers every request with one status and records the headers, so the
 * tests see exactly what the remote commands send and how they read a refusal.
 */
interface Stub {
  readonly url: string;
  readonly seen: IncomingHttpHeaders[];
}

let server: Server | undefined;
afterEach(async () => {
  const running = server;
  server = undefined;
  if (running) await new Promise((closed) => running.close(closed));
});

async function stub(status: number, error: { code: string; message: string }): Promise<Stub> {
  const seen: IncomingHttpHeaders[] = [];
  server = createServer((request, response) => {
    seen.push(request.headers);
    request.resume();
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error }));
  });
  await new Promise<void>((listening) => server?.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen };
}

const UNAUTHENTICATED = { code: 'UNAUTHENTICATED', message: 'sign in first' };
const FORBIDDEN = {
  code: 'FORBIDDEN',
  message: 'needs the editor role in workspace "default" (you are a viewer)',
};

describe('remote commands and API tokens', () => {
  it('send --token as a bearer token and explain a 401 without one', async () => {
    const { url, seen } = await stub(401, UNAUTHENTICATED);
    const without = await runCli(['export', '--server', url]);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain(
      `the server at ${url} needs you to sign in (sign in first); pass an API token with --token or BEARING_TOKEN`,
    );
    expect(seen[0]?.authorization).toBeUndefined();
    const withToken = await runCli(['export', '--server', url, '--token', 'brg_bad']);
    expect(withToken.code).toBe(2);
    expect(withToken.stderr).toContain('did not accept the API token (sign in first)');
    expect(seen[1]?.authorization).toBe('Bearer brg_bad');
  });

  it('take the token from BEARING_TOKEN; --token wins over it', async () => {
    const { url, seen } = await stub(401, UNAUTHENTICATED);
    await runCli(['status', '--server', url], { env: { BEARING_TOKEN: 'brg_env' } });
    await runCli(['status', '--server', url, '--token', 'brg_flag'], {
      env: { BEARING_TOKEN: 'brg_env' },
    });
    expect(seen.map((h) => h.authorization)).toEqual(['Bearer brg_env', 'Bearer brg_flag']);
  });

  it('print a 403 with the role the server says is needed, exit 2', async () => {
    const { url, seen } = await stub(403, FORBIDDEN);
    const cases = [
      ['import', 'valid.json', '--server', url],
      ['import', VALUES, '--server', url],
      ['report', '--server', url, '--scorecard', 'corp', '--format', 'html'],
    ];
    for (const argv of cases) {
      const result = await runCli([...argv, '--token', 'brg_viewer']);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain(
        `error: the server at ${url} does not allow this: needs the editor role in workspace "default" (you are a viewer)`,
      );
    }
    expect(seen.every((h) => h.authorization === 'Bearer brg_viewer')).toBe(true);
  });
});

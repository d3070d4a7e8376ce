import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../__fixtures__/harness.ts';

const BIN = fileURLToPath(new URL('../../bin/bearing.js', import.meta.url));

/** The one test that really listens: `bearing serve` on a free port, stopped with SIGTERM. */
describe('bearing serve (end to end)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bearing-serve-'));
  // A stand-in for packages/web/dist, passed the way a deployment would: BEARING_WEB_ROOT.
  const web = join(dir, 'web');
  let child: ChildProcess;
  let url = '';
  let output = '';

  beforeAll(async () => {
    mkdirSync(web);
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Bearing web app</title>');
    child = spawn(
      process.execPath,
      [BIN, 'serve', '--port', '0', '--db', `sqlite:${join(dir, 'b.db')}`, '--demo'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, BEARING_LOG_LEVEL: 'silent', BEARING_WEB_ROOT: web },
      },
    );
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no URL printed: ${output}`));
      }, 20_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Bearing is running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (match?.[1] !== undefined) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('exit', (code) => {
        reject(new Error(`exited ${String(code)}: ${output}`));
      });
    });
  }, 30_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('binds to 127.0.0.1, imports the demo and serves its scores', async () => {
    expect(output).toContain('imported the example strategy into workspace "default"');
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    const scores = await fetch(`${url}/api/workspaces/default/scorecards/acme/scores`);
    expect(await scores.json()).toMatchObject({ id: 'acme', period: '2026-11' });
  });

  it('prints the URL to open, and serves the web app there and at deep links', async () => {
    expect(output).toContain(
      `Bearing is running at ${url}/\n  API: ${url}/api (docs: ${url}/api/docs)`,
    );
    expect(output).not.toContain('not built');
    for (const path of ['/', '/w/default/s/acme/map?period=2026-11']) {
      const page = await fetch(`${url}${path}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Bearing web app</title>');
    }
  });

  it('exits 2 listing every configuration problem', async () => {
    const result = await runCli(['serve', '--port', 'x', '--host', ' ', '--db', 'mysql://x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('port (--port or BEARING_PORT) "x"');
    expect(result.stderr).toContain('host (--host or BEARING_HOST) is empty');
    expect(result.stderr).toContain('Expected sqlite:PATH');
  });

  it('exits 2 on a network address while the database has no accounts, naming the fix', async () => {
    const result = await runCli([
      'serve',
      '--host',
      '0.0.0.0',
      '--port',
      '0',
      '--db',
      `sqlite:${join(dir, 'no-accounts.db')}`,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bearing users add you@example.com --admin --password-stdin');
  });
});

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BEARING = join(REPO_ROOT, 'packages/cli/bin/bearing.js');

export interface RunningBearing {
  /** e.g. http://127.0.0.1:41234 — the web app's root. */
  readonly url: string;
  readonly databaseFile: string;
  /** Stops the server (SIGTERM, then SIGKILL) and removes its temporary folder. */
  stop(): Promise<void>;
  /** Kills the server but keeps the database, to test the "server down" state. */
  kill(): Promise<void>;
}

/**
 * Starts the real `bearing serve` — the README's command — on a free port and a temporary SQLite
 * file, serving the built web app (packages/web/dist: `npm run build` runs before the tests).
 */
export interface BearingOptions {
  readonly demo?: boolean;
  /** A fixed port (when the environment must name the URL, as BEARING_PUBLIC_URL); default: any free one. */
  readonly port?: number;
  /** More environment for the server, such as the SMTP settings. */
  readonly env?: Readonly<Record<string, string>>;
}

export async function startBearing(options: BearingOptions = {}): Promise<RunningBearing> {
  const dir = mkdtempSync(join(tmpdir(), 'bearing-e2e-'));
  const databaseFile = join(dir, 'bearing.db');
  const port = String(options.port ?? 0);
  const args = [BEARING, 'serve', '--port', port, '--db', `sqlite:${databaseFile}`];
  if (options.demo) args.push('--demo');
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, BEARING_LOG_LEVEL: 'warn', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const kill = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  const url = await waitForUrl(child, kill);
  return {
    url,
    databaseFile,
    kill,
    stop: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess, kill: () => Promise<void>): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`bearing serve did not print its URL within 60 s:\n${out}`));
    }, 60_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`bearing serve exited (${code ?? signal}) before listening:\n${out}`));
    });
  });
}

/** A port nothing listens on right now, for a server whose URL must be known before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** Runs the `bearing` CLI (as an administrator would), with `input` on standard input. */
export function runBearing(args: readonly string[], input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BEARING, ...args], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`bearing ${args.join(' ')} exited ${String(code)}:\n${out}`));
    });
    child.stdin.end(input);
  });
}

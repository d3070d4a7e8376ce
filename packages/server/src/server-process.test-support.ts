import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: where `node --import tsx` resolves tsx. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

export interface ServerProcess {
  readonly child: ChildProcess;
  /** e.g. http://127.0.0.1:41234 (a free port the server chose: --port 0). */
  readonly url: string;
  /** SIGKILL unless it has already exited; resolves when it has. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts a real `bearing serve`-equivalent process (`node --import tsx src/main.ts`) on a random
 * free port against `databaseUrl`, and resolves once it prints its URL.
 */
export function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, '--port', '0', '--host', '127.0.0.1', '--db', databaseUrl],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, BEARING_LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const kill = async (signal: NodeJS.Signals = 'SIGKILL'): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`the server did not start within 30 s:\n${out}\n${err}`));
    }, 30_000);
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Bearing is running at (http:\/\/\S+)\/\n/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, kill });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${out}\n${err}`));
    });
  });
}

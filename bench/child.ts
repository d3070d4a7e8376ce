import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface Child {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Runs `node --import tsx <script> …args` and resolves with the first `http://…` URL it prints.
 * The api suite puts servers in child processes so autocannon (in this process) and the server
 * do not share one event loop: on two cores each gets one.
 */
export function startChild(
  script: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<Child> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, BEARING_LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve({ url: match[1]!, stop });
    });
    child.once('exit', (code, signal) => {
      reject(new Error(`${script} exited (${code ?? signal}) before listening:\n${out}\n${err}`));
    });
  });
}

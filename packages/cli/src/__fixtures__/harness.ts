import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import type { Io } from '../io.ts';
import { run } from '../program.ts';

/** Test harness: runs the real program in-process with captured output and a chosen terminal. */
export const FIXTURES = dirname(fileURLToPath(import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** What the command wrote to stdout as bytes (PDF, PNG). */
  readonly bytes: Uint8Array;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string | undefined>;
  readonly isTTY?: boolean;
  /** Text fed to the command's standard input (interactive commands). */
  readonly stdin?: string;
}

export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const chunks: Uint8Array[] = [];
  const io: Io = {
    stdoutBytes: (data) => chunks.push(data),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    cwd: options.cwd ?? FIXTURES,
    ...(options.stdin === undefined ? {} : { stdin: Readable.from([options.stdin]) }),
    readFile: (path) => readFile(path, 'utf8'),
    readBytes: (path) => readFile(path),
    writeFile: async (path, data, { exclusive }) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data, { flag: exclusive ? 'wx' : 'w' });
    },
  };
  const code = await run(io, argv);
  // Not enumerable: tests that compare the whole result with toEqual need not know about it.
  return Object.defineProperty({ code, stdout, stderr }, 'bytes', {
    value: Buffer.concat(chunks),
    enumerable: false,
  }) as CliRun;
}

/** A fresh directory, removed when the calling test finishes. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bearing-cli-'));
  onTestFinished(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

// eslint-disable-next-line no-control-regex -- detecting the escape character is the point
export const ANSI = /\u001b\[/;

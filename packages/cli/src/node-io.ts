import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Io } from './io.ts';

/** The real process behind the `Io` interface. */
export function nodeIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutBytes: (data) => process.stdout.write(data),
    env: process.env,
    isTTY: process.stdout.isTTY,
    stdin: process.stdin,
    cwd: process.cwd(),
    readFile: (path) => readFile(path, 'utf8'),
    readBytes: (path) => readFile(path),
    writeFile: async (path, data, { exclusive }) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data, { encoding: 'utf8', flag: exclusive ? 'wx' : 'w' });
    },
  };
}

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The README's tour must print what the README shows. Every ```console block is a list of
 * `$ npx bearing …` commands, each followed by its output; they run in order, in one scratch
 * folder that holds a copy of docs/examples, through the real `bearing` executable.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const bin = join(root, 'packages/cli/bin/bearing.js');

interface Step {
  readonly command: string;
  readonly output: string;
}

const steps: Step[] = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].flatMap((m) =>
  m[1]!
    .split(/^(?=\$ )/m)
    .filter((chunk) => chunk.startsWith('$ '))
    .map((chunk) => {
      const [command = '', ...output] = chunk.trimEnd().split('\n');
      return { command: command.slice(2), output: output.join('\n') };
    }),
);

const scratch = mkdtempSync(join(tmpdir(), 'bearing-readme-'));
cpSync(join(root, 'docs/examples'), join(scratch, 'docs/examples'), { recursive: true });
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('README tour', () => {
  it('has the tour', () => {
    expect(steps.map((s) => s.command.split(' ').slice(0, 3).join(' '))).toEqual([
      'npx bearing init',
      'npx bearing validate',
      'npx bearing validate',
      'npx bearing score',
      'npx bearing history',
    ]);
  });

  // Sequential on purpose: later steps read the file that `init` writes.
  it.each(steps.map((s) => [s.command, s] as const))('$ %s', (_, { command, output }) => {
    expect(command.startsWith('npx bearing ')).toBe(true);
    const args = command.slice('npx bearing '.length).split(/\s+/);
    const result = spawnSync(process.execPath, [bin, ...args], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(`${result.stdout}${result.stderr}`.trimEnd()).toBe(output);
  });
});

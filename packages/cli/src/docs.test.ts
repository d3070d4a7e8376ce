import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './__fixtures__/harness.ts';

/**
 * docs/cli.md shows real output. This test re-runs every documented `$ bearing …` example that works
 * on the example file from `bearing init` and checks the page still shows what the build prints,
 * so the docs cannot drift from the code. Examples on other files, and truncated ones (…), are
 * skipped.
 */
const DOC = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8');

interface Example {
  readonly args: string[];
  readonly output: string;
}

function examples(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks.flatMap((block) =>
    block
      .split(/^(?=\$ )/m)
      .filter((chunk) => chunk.startsWith('$ bearing '))
      .map((chunk) => {
        const [command = '', ...output] = chunk.trimEnd().split('\n');
        return { args: command.slice('$ bearing '.length).split(/\s+/), output: output.join('\n') };
      }),
  );
}

const runnable = examples(DOC).filter(
  ({ args, output }) =>
    args[0] !== 'init' &&
    !output.includes('…') &&
    args.every(
      (arg) => !arg.endsWith('.yaml') || arg === 'strategy.yaml' || arg === 'missing.yaml',
    ),
);

describe('docs/cli.md', () => {
  it('has examples to check', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(8);
  });

  it.each(runnable.map((e) => [e.args.join(' '), e] as const))(
    'shows the real output of bearing %s',
    async (_name, { args, output }) => {
      const dir = tempDir();
      await runCli(['init'], { cwd: dir });
      const result = await runCli(args, { cwd: dir });
      expect((result.stdout + result.stderr).trimEnd()).toBe(output);
    },
  );
});

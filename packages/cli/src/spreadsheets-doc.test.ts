import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from './__fixtures__/harness.ts';

/**
 * docs/spreadsheets.md shows real output of `bearing import` on the sample files and on a file
 * with one of each common mistake; this test runs them on the example strategy of `bearing init`
 * so the page cannot drift from the code.
 */
const DOC = readFileSync(new URL('../../../docs/spreadsheets.md', import.meta.url), 'utf8');
const REPO = resolve(FIXTURES, '../../../..');
const STRATEGY = resolve(FIXTURES, '../assets/strategy.yaml');

/** The file behind the page's list of problems. */
const MISTAKES = `kpi,period,value,comment
Product retrun rate,2026-07,3.1,
Cost of returns,2026-13,40,
Cost of returns,2026-08,n/a,
Cost of returns,2026-09,12%,
Product return rate,2026-07,-1,
Revenue from repeat customers,Jul 2026,498,
repeat-revenue,2026-07,500,
`;

const blocks = [...DOC.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

async function exampleDatabase(): Promise<string> {
  const db = `sqlite:${join(tempDir(), 'bearing.db')}`;
  expect((await runCli(['import', STRATEGY, '--db', db])).code).toBe(0);
  return db;
}

describe('docs/spreadsheets.md', () => {
  const dryRuns = blocks.filter((b) => b.startsWith('$ bearing import docs/examples/'));

  it('shows both sample files, which are the files in docs/examples', () => {
    expect(dryRuns).toHaveLength(2);
    for (const name of ['values-long.csv', 'values-wide-semicolon.csv']) {
      const file = readFileSync(join(REPO, 'docs/examples', name), 'utf8').replace(/\r\n/g, '\n');
      expect(blocks).toContain(file);
    }
  });

  it.each(dryRuns.map((b) => [b.split('\n')[0], b] as const))(
    'shows the real output of %s',
    async (_, block) => {
      const [command = '', ...output] = block.trimEnd().split('\n');
      const args = command.slice('$ bearing '.length).split(' ');
      const run = await runCli([...args, '--db', await exampleDatabase()], { cwd: REPO });
      expect(run.stdout.trimEnd()).toBe(output.join('\n'));
    },
  );

  it('lists the problems exactly as a file with those mistakes gets them', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'values.csv'), MISTAKES);
    const run = await runCli(['import', 'values.csv', '--db', await exampleDatabase()], {
      cwd: dir,
    });
    const shown = blocks.find((b) => b.includes('✖ values.csv: row 2'));
    const lines = (shown ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    expect(run.stderr.trimEnd().split('\n')).toEqual(lines);
  });
});

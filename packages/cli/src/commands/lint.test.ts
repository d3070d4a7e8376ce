import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../__fixtures__/harness.ts';
import { CliError } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { readFile } from 'node:fs/promises';
import { registerLintCommand } from './lint.ts';

/** Runs only the lint command (program.ts wires it in separately), with captured output. */
async function lint(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    isTTY: false,
    cwd,
    readFile: (path) => readFile(path, 'utf8'),
    readBytes: (path) => readFile(path),
    writeFile: () => Promise.reject(new Error('no writes')),
  };
  const program = new Command('bearing')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerLintCommand(program, io);
  let code = 0;
  try {
    await program.parseAsync(['lint', ...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    if (error.message !== '') stderr += error.message;
    code = error.exitCode;
  }
  return { code, stdout, stderr };
}

const STRATEGY = `bearing: 1
scorecards:
  - id: corp
    name: Corporate
    objectives:
      - id: profit
        name: Grow profit
        perspective: financial
        kpis: [{name: Operating margin, indicator: lagging, baseline: 8, target: 12, owner: CFO}, {name: Cost per order, indicator: leading, baseline: 5, target: 3, optimization: minimize, owner: CFO}]
      - id: crm
        name: Implement a CRM system
        perspective: customer
        kpis: [{name: Go-live, indicator: lagging, baseline: 0, target: 1, owner: CIO}, {name: Users trained, indicator: leading, baseline: 0, target: 100, owner: CIO}]
    links:
      - {from: crm, to: profit, hypothesis: If customers are known then margin rises}
`;

function workspace(text = STRATEGY): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'strategy.yaml'), text);
  return dir;
}

describe('bearing lint', () => {
  it('prints findings grouped by scorecard and category with the quality score, exit 0 without errors', async () => {
    const result = await lint(['strategy.yaml'], workspace());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/corp — Corporate: quality [\d.]+\/100/);
    expect(result.stdout).toContain('  wording ');
    expect(result.stdout).toContain('customer-objective-is-action crm');
    expect(result.stdout).toContain('why: ');
    expect(result.stdout).toMatch(/strategy\.yaml: 0 errors, \d+ warnings/);
  });

  it('exits 1 with --fail-on warning when there are warnings', async () => {
    expect((await lint(['strategy.yaml', '--fail-on', 'warning'], workspace())).code).toBe(1);
  });

  it('exits 1 on an error-level finding by default', async () => {
    const text = STRATEGY.replace(
      '        kpis: [{name: Go-live, indicator: lagging, baseline: 0, target: 1, owner: CIO}, {name: Users trained, indicator: leading, baseline: 0, target: 100, owner: CIO}]\n',
      '',
    );
    const result = await lint(['strategy.yaml'], workspace(text));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('objective-without-kpi');
  });

  it('prints the findings with the contract keys as JSON', async () => {
    const result = await lint(['strategy.yaml', '--json'], workspace());
    const json = JSON.parse(result.stdout) as {
      scorecards: { findings: Record<string, unknown>[]; quality: { score: number } }[];
    };
    const finding = json.scorecards[0]!.findings.find(
      (f) => f['rule'] === 'customer-objective-is-action',
    )!;
    for (const key of [
      'rule',
      'severity',
      'scorecard',
      'objective',
      'kpi',
      'message',
      'why',
      'suggestion',
      'fix',
    ]) {
      expect(finding).toHaveProperty(key);
    }
    expect(json.scorecards[0]!.quality.score).toBeGreaterThan(0);
  });

  it('exits 2 on an invalid file, listing the issues', async () => {
    const result = await lint(
      ['strategy.yaml'],
      workspace('bearing: 1\nscorecards: [{name: X, objectives: [{name: O}]}]\n'),
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('REQUIRED');
  });

  it('exits 2 on a bad --fail-on level', async () => {
    const result = await lint(['strategy.yaml', '--fail-on', 'info'], workspace());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--fail-on');
  });
});

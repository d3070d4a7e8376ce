import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSI, runCli, tempDir } from '../__fixtures__/harness.ts';

describe('bearing validate', () => {
  it('exits 0 with a one-line summary for a valid file', async () => {
    const result = await runCli(['validate', 'two-scorecards.yaml']);
    expect(result).toEqual({
      code: 0,
      stdout: '✔ two-scorecards.yaml is valid: 2 scorecards, 4 objectives, 4 KPIs, 10 values\n',
      stderr: '',
    });
  });

  it('reads JSON files too', async () => {
    const result = await runCli(['validate', 'valid.json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 scorecard, 1 objective, 1 KPI, 2 values');
  });

  it.each([
    ['wrong types', 'invalid-types.yaml', 'invalid-types.yaml:9:17', 'INVALID_TYPE'],
    ['unknown keys', 'unknown-keys.yaml', 'unknown-keys.yaml:12:13', 'UNKNOWN_KEY'],
    ['bad period keys', 'bad-periods.yaml', 'bad-periods.yaml:17:15', 'INVALID_PERIOD'],
    [
      'broken references',
      'broken-references.yaml',
      'broken-references.yaml:12:17',
      'BROKEN_REFERENCE',
    ],
    ['cycles', 'cycle.yaml', 'cycle.yaml:9:17', 'CYCLE'],
    ['invalid scales', 'invalid-scale.yaml', 'invalid-scale.yaml:14:21', 'INVALID_SCALE'],
  ])('exits 2 on %s, locating each problem', async (_what, file, location, code) => {
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(location);
    expect(result.stdout).toContain(code);
    expect(result.stdout).toMatch(/✖ \d+ problems? in /);
    expect(result.stderr).toBe('');
  });

  it('prints file:line:column, path, code, message and hint for each problem', async () => {
    const result = await runCli(['validate', 'invalid-scale.yaml']);
    expect(result.stdout).toContain(
      'invalid-scale.yaml:14:21  scorecards[0].objectives[0].kpis[0].target  INVALID_SCALE  maximize needs target > baseline (got target 5, baseline 8)\n    hint: ',
    );
  });

  it('lists every problem, not only the first', async () => {
    const result = await runCli(['validate', 'broken-references.yaml']);
    expect(result.stdout.match(/BROKEN_REFERENCE/g)).toHaveLength(3);
    expect(result.stdout).toContain('✖ 3 problems in broken-references.yaml');
  });

  it.each([
    ['YAML', 'bad.yaml', 'bearing: 1\nscorecards: [\n  - id: x\n    name: "open\n'],
    ['JSON', 'bad.json', '{"bearing": 1, "scorecards": [ {"id": "x",} ]\n'],
  ])('exits 2 on a %s syntax error with its line', async (_format, name, text) => {
    const dir = tempDir();
    writeFileSync(join(dir, name), text);
    const result = await runCli(['validate', name], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(
      new RegExp(`^${name.replace('.', '\\.')}:\\d+:\\d+ {2}\\(root\\) {2}SYNTAX {2}`),
    );
  });

  it('exits 2 at once on a YAML alias bomb, naming the limit', async () => {
    // 30 aliases of 30 aliases of 30 strings: 27,000 values in under 500 bytes.
    const list = (item: string) => `[${Array<string>(30).fill(item).join(', ')}]`;
    const bomb = `a: &a ${list('"x"')}\nb: &b ${list('*a')}\nc: &c ${list('*b')}\nbearing: 1\nscorecards: *c\n`;
    const dir = tempDir();
    writeFileSync(join(dir, 'bomb.yaml'), bomb);
    const result = await runCli(['validate', 'bomb.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('TOO_LARGE');
    expect(result.stdout).toContain('through YAML aliases');
    expect(result.stdout).toContain('✖ 1 problem in bomb.yaml');
  });

  it('exits 2 with a clear message when the file is missing', async () => {
    const result = await runCli(['validate', 'missing.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error: cannot read missing.yaml: no such file (check the path, or run `bearing init` to create an example)\n',
    );
  });

  it('exits 2 when the path is a directory', async () => {
    const result = await runCli(['validate', '.']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('it is a directory');
  });

  it('prints issues as JSON with --json', async () => {
    const result = await runCli(['validate', 'cycle.yaml', '--json']);
    expect(result.code).toBe(2);
    const parsed = JSON.parse(result.stdout) as { valid: boolean; issues: { code: string }[] };
    expect(parsed.valid).toBe(false);
    expect(parsed.issues[0]).toMatchObject({ code: 'CYCLE', line: 9, column: 17 });
  });

  it('prints counts as JSON with --json for a valid file', async () => {
    const result = await runCli(['validate', 'valid.json', '--json']);
    expect(JSON.parse(result.stdout)).toEqual({
      valid: true,
      file: 'valid.json',
      counts: { scorecards: 1, objectives: 1, kpis: 1, values: 2 },
    });
  });

  it('colours the issue list only on a terminal', async () => {
    expect((await runCli(['validate', 'cycle.yaml'])).stdout).not.toMatch(ANSI);
    expect((await runCli(['validate', 'cycle.yaml'], { isTTY: true })).stdout).toMatch(ANSI);
    const noColor = await runCli(['validate', 'cycle.yaml'], {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toMatch(ANSI);
  });
});

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANSI, FIXTURES, tempDir } from './__fixtures__/harness.ts';

/** A few runs through the real bin: proves the launcher, real exit codes and no stack traces. */
const BIN = fileURLToPath(new URL('../bin/bearing.js', import.meta.url));

function bearing(args: readonly string[], cwd = FIXTURES) {
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STACK = /\n\s+at |node:internal|Error:/;

describe('the bearing bin', () => {
  it('prints its version', () => {
    const result = bearing(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('validates a valid file with exit 0', () => {
    const result = bearing(['validate', 'valid.json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('valid.json is valid');
  });

  it('exits 2 on an invalid file, listing located problems', () => {
    const result = bearing(['validate', 'invalid-scale.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('invalid-scale.yaml:14:21');
  });

  it('exits 2 on a missing file with a message and no stack trace', () => {
    const result = bearing(['score', 'missing.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read missing.yaml: no such file');
    expect(result.stderr).not.toMatch(STACK);
  });

  it('exits 2 on an unknown command with a suggestion', () => {
    const result = bearing(['scroe']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(Did you mean score?)');
  });

  it('writes JSON without colour to a pipe', () => {
    const result = bearing(['score', 'two-scorecards.yaml', '--period', '2026-03', '--json']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(ANSI);
    expect(JSON.parse(result.stdout)).toHaveProperty('scorecards');
  });

  it('initialises a directory whose file then validates, and refuses a second init', () => {
    const dir = tempDir();
    expect(bearing(['init'], dir).code).toBe(0);
    expect(bearing(['validate', 'strategy.yaml'], dir).code).toBe(0);
    expect(bearing(['init'], dir).code).toBe(2);
  });

  it('exits 2 on a YAML syntax error without a stack trace', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 's.yaml'), 'bearing: 1\nscorecards: [\n  - id: x\n    name: "open\n');
    const result = bearing(['validate', 's.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^s\.yaml:\d+:\d+ {2}\(root\) {2}SYNTAX/);
    expect(result.stderr).not.toMatch(STACK);
  });
});

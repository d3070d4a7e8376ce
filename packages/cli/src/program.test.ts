import { describe, expect, it } from 'vitest';
import { runCli } from './__fixtures__/harness.ts';
import { buildProgram } from './program.ts';
import { cliVersion } from './version.ts';

describe('the bearing program', () => {
  it('registers validate, score, history, status, lint, init, serve and db', () => {
    const io = {
      stdout: () => undefined,
      stderr: () => undefined,
      env: {},
      isTTY: false,
      cwd: '.',
      readFile: () => Promise.resolve(''),
      readBytes: () => Promise.resolve(new Uint8Array()),
      writeFile: () => Promise.resolve(),
    };
    expect(buildProgram(io).commands.map((c) => c.name())).toEqual([
      'validate',
      'score',
      'history',
      'status',
      'evidence',
      'lint',
      'init',
      'serve',
      'db',
      'import',
      'export',
      'wizard',
      'templates',
      'doc',
      'report',
      'users',
      'members',
      'tokens',
      'workspaces',
    ]);
  });

  it('suggests the closest command for an unknown one, exiting 2', async () => {
    const result = await runCli(['valdate', 'x.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: unknown command 'valdate'");
    expect(result.stderr).toContain('(Did you mean validate?)');
  });

  it('suggests the closest option for an unknown one, exiting 2', async () => {
    const result = await runCli(['score', 'x.yaml', '--perod', '2026']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: unknown option '--perod'");
    expect(result.stderr).toContain('(Did you mean --period?)');
  });

  it('exits 2 on a missing argument and on extra arguments', async () => {
    expect((await runCli(['validate'])).code).toBe(2);
    expect((await runCli(['validate', 'a.yaml', 'b.yaml'])).code).toBe(2);
  });

  it('exits 2 and shows help when no command is given', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: bearing');
  });

  it('prints the package version with --version', async () => {
    const result = await runCli(['--version']);
    expect(result).toEqual({ code: 0, stdout: `${cliVersion()}\n`, stderr: '' });
    expect(cliVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints help with examples and exit codes', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: bearing [options] [command]');
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('Exit codes: 0 ok, 1 failure, 2 invalid input');
  });

  it('prints help for a command with its own examples', async () => {
    const result = await runCli(['help', 'history']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--from <period>');
    expect(result.stdout).toContain('$ bearing history strategy.yaml --kpi return-rate');
  });
});

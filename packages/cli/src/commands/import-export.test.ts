import { join } from 'node:path';
import { parseConfig, startServer, type RunningServer } from '@bearing/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../__fixtures__/harness.ts';

const valid = join(FIXTURES, 'two-scorecards.yaml');
const invalid = join(FIXTURES, 'broken-references.yaml');

describe('bearing import and export on the local database', () => {
  it('imports a file, refuses the same ids again unless --replace, and exports it back', async () => {
    const dir = tempDir();
    const db = `sqlite:${join(dir, 'bearing.db')}`;
    const first = await runCli(['import', valid, '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/imported 2 scorecards into workspace "default"/);

    const again = await runCli(['import', valid, '--db', db]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--replace');

    expect((await runCli(['import', valid, '--db', db, '--replace'])).code).toBe(0);

    const exported = await runCli(['export', '--db', db, '--out', 'out.yaml'], { cwd: dir });
    expect(exported.code).toBe(0);
    const validated = await runCli(['validate', join(dir, 'out.yaml')]);
    expect(validated.stdout).toContain('2 scorecards');
  });

  it('imports nothing from an invalid file and lists its issues with lines', async () => {
    const dir = tempDir();
    const db = `sqlite:${join(dir, 'bearing.db')}`;
    const run = await runCli(['import', invalid, '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken-references\.yaml:\d+:\d+/);
    const exported = await runCli(['export', '--db', db, '--format', 'json']);
    expect(JSON.parse(exported.stdout)).toEqual({ bearing: 1, scorecards: [] });
  });

  it('refuses an unknown export format', async () => {
    const run = await runCli(['export', '--format', 'xml', '--db', 'sqlite::memory:']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('yaml or json');
  });
});

describe('bearing import and export through a running server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(parseConfig({ port: '0', db: 'sqlite::memory:' }, {}));
  });
  afterAll(async () => {
    await server.close();
  });

  it('sends the file to the server and reads it back', async () => {
    const imported = await runCli(['import', valid, '--server', server.url]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('imported 2 scorecards');
    const exported = await runCli(['export', '--server', server.url, '--format', 'json']);
    expect(exported.code).toBe(0);
    const document = JSON.parse(exported.stdout) as { scorecards: { id: string }[] };
    expect(document.scorecards.map((s) => s.id)).toHaveLength(2);
  });

  it('shows the server’s located issues for an invalid file, with exit 2', async () => {
    const run = await runCli(['import', invalid, '--server', server.url]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken-references\.yaml:\d+:\d+/);
  });

  it('says plainly when no server answers', async () => {
    const run = await runCli(['export', '--server', 'http://127.0.0.1:1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot reach the server');
  });

  it('refuses a --server that is not a URL', async () => {
    const run = await runCli(['export', '--server', 'localhost']);
    expect(run.code).toBe(2);
  });
});

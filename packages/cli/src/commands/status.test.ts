import { describe, expect, it } from 'vitest';
import type { CollectionReport } from '@bearing/core';
import { parseConfig, startServer } from '@bearing/server';
import { runCli } from '../__fixtures__/harness.ts';

const FILE = 'update-cycle.yaml';

describe('bearing status', () => {
  it('lists who owes what for the month, overdue first, with counts by owner and scorecard', async () => {
    const run = await runCli(['status', FILE, '--period', '2026-11', '--today', '2026-12-09']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Update status for 2026-11 (as of 2026-12-09, 5 grace days)');
    expect(lines[1]).toBe('1 entered · 0 due · 2 overdue · 0 upcoming');
    expect(run.stdout).toMatch(
      /\nowner +entered +due +overdue +upcoming\nAna Lima +1 +0 +1 +0\nno owner +0 +0 +1 +0\n/,
    );
    expect(run.stdout).toMatch(/\nOperations +1 +0 +2 +0\n/);
    expect(run.stdout).toMatch(
      /\noverdue +ops +Net promoter score +2026-11 +2026-12-05 +Ana Lima\n/,
    );
    expect(run.stdout).toMatch(
      /\noverdue +ops +Staff turnover +2026-11 +2026-12-05 +\(no owner\)\n/,
    );
    // The quarterly audit is not owed in November.
    expect(run.stdout).not.toContain('Audits passed');
  });

  it('calls a missing value due within the grace days and counts the quarter in its last month', async () => {
    const run = await runCli([
      'status',
      FILE,
      '--period',
      '2026-12',
      '--today',
      '2027-01-03',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as CollectionReport;
    expect(report).toMatchObject({ period: '2026-12', today: '2027-01-03', graceDays: 5 });
    expect(report.items.map((i) => [i.kpi, i.period, i.state])).toEqual([
      ['wait', '2026-12', 'due'],
      ['nps', '2026-12', 'due'],
      ['audits', '2026-Q4', 'due'],
      ['turnover', '2026-12', 'due'],
    ]);
    expect(report.owners.map((o) => o.name)).toEqual(['Ana Lima', 'Bo Chen', 'no owner']);
  });

  it('defaults to the last month that has ended, and takes --grace-days and --scorecard', async () => {
    const run = await runCli([
      'status',
      FILE,
      '--today',
      '2026-12-02',
      '--grace-days',
      '0',
      '--scorecard',
      'ops',
      '--json',
    ]);
    const report = JSON.parse(run.stdout) as CollectionReport;
    expect(report.period).toBe('2026-11');
    expect(report.counts).toEqual({ entered: 1, due: 0, overdue: 2, upcoming: 0 });
  });

  it('says when nothing falls due', async () => {
    const run = await runCli(['status', FILE, '--period', '2026-W48', '--today', '2026-12-09']);
    expect(run.stdout).toContain('No KPI values fall due in 2026-W48.');
  });

  it.each([
    [
      ['status', FILE, '--grace-days', 'five'],
      '--grace-days expects a whole number of days from 0 to 366, got "five"',
    ],
    [
      ['status', FILE, '--today', '2026-12'],
      '--today expects a day such as 2026-12-02, got "2026-12"',
    ],
    [['status', FILE, '--period', '2026-13'], '--period:'],
    [['status'], 'say where the strategy is'],
    [
      ['status', FILE, '--server', 'http://127.0.0.1:1'],
      'give a strategy file or --server, not both',
    ],
    [['status', FILE, '--scorecard', 'opz'], '(did you mean ops?)'],
  ])('exits 2 with a clear message for %j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('reads the workspace from a running server with --server', async () => {
    const server = await startServer(parseConfig({ port: '0', db: 'sqlite::memory:' }, {}));
    try {
      const imported = await runCli(['import', FILE, '--server', server.url]);
      expect(imported.code).toBe(0);
      const run = await runCli([
        'status',
        '--server',
        server.url,
        '--period',
        '2026-11',
        '--today',
        '2026-12-09',
        '--json',
      ]);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as CollectionReport;
      expect(report.counts).toEqual({ entered: 1, due: 0, overdue: 2, upcoming: 0 });
    } finally {
      await server.close();
    }
  });
});

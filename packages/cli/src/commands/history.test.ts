import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '@bearing/core';
import { runCli } from '../__fixtures__/harness.ts';

const file = 'two-scorecards.yaml';

describe('bearing history', () => {
  it('prints a KPI series month by month', async () => {
    const result = await runCli([
      'history',
      file,
      '--kpi',
      'revenue',
      '--scorecard',
      'corp',
      '--from',
      '2026-01',
      '--to',
      '2026-05',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      'Revenue (KPI revenue in corp), 2026-01 to 2026-05, monthly',
      'period      value  score  status',
      '2026-01  120 kEUR  20.0%  red     ████░░░░░░░░░░░░░░░░',
      '2026-02  150 kEUR  50.0%  amber   ██████████░░░░░░░░░░',
      '2026-03  180 kEUR  80.0%  green   ████████████████░░░░',
      '2026-04  190 kEUR  90.0%  green   ██████████████████░░',
      '2026-05              n/a  none',
    ]);
  });

  it('steps by quarter when --from and --to are quarters', async () => {
    const result = await runCli([
      'history',
      file,
      '--kpi',
      'revenue',
      '--scorecard',
      'corp',
      '--from',
      '2026-Q1',
      '--to',
      '2026-Q3',
      '--json',
    ]);
    const parsed = JSON.parse(result.stdout) as { points: HistoryPoint[] };
    expect(parsed.points.map((p) => p.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(parsed.points[0]).toMatchObject({ value: 180, score: 0.8, status: 'green' });
  });

  it('steps by year and half year too', async () => {
    const years = await runCli([
      'history',
      file,
      '--objective',
      'retention',
      '--from',
      '2025',
      '--to',
      '2027',
    ]);
    expect(years.stdout).toContain('2025 to 2027, yearly');
    const halves = await runCli([
      'history',
      file,
      '--objective',
      'retention',
      '--from',
      '2026-H1',
      '--to',
      '2027-H1',
    ]);
    expect(halves.stdout).toMatch(/2026-H1 .*\n2026-H2 .*\n2027-H1 /);
  });

  it('follows an objective, without a value column', async () => {
    const result = await runCli([
      'history',
      file,
      '--objective',
      'growth',
      '--scorecard',
      'sales',
      '--from',
      '2026-02',
      '--to',
      '2026-03',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Win new accounts (objective growth in sales), 2026-02 to 2026-03, monthly',
    );
    expect(result.stdout).toContain('period   score  status\n');
  });

  it('prints {scorecard, kpi, from, to, points} with --json', async () => {
    const result = await runCli([
      'history',
      file,
      '--kpi',
      'leads',
      '--from',
      '2026-02',
      '--to',
      '2026-03',
      '--json',
    ]);
    const parsed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      scorecard: 'sales',
      kpi: 'leads',
      from: '2026-02',
      to: '2026-03',
    });
    expect(parsed['points']).toHaveLength(2);
  });

  it('exits 2 when --from and --to are of different kinds', async () => {
    const result = await runCli([
      'history',
      file,
      '--kpi',
      'leads',
      '--from',
      '2026-01',
      '--to',
      '2026-Q2',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--from 2026-01 is a month but --to 2026-Q2 is a quarter');
  });

  it('exits 2 when --from comes after --to', async () => {
    const result = await runCli([
      'history',
      file,
      '--kpi',
      'leads',
      '--from',
      '2026-05',
      '--to',
      '2026-01',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('comes after');
  });

  it('exits 2 on a range that is too long', async () => {
    const result = await runCli([
      'history',
      file,
      '--kpi',
      'leads',
      '--from',
      '2000-01-01',
      '--to',
      '2026-01-01',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2000-01-01..2026-01-01 has 9498 periods, more than 1000');
  });

  it('exits 2 listing the candidates when an id is in several scorecards', async () => {
    const result = await runCli([
      'history',
      file,
      '--kpi',
      'revenue',
      '--from',
      '2026-01',
      '--to',
      '2026-03',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error: --kpi revenue exists in 2 scorecards; pick one with --scorecard:\n' +
        '  --scorecard corp   (Revenue)\n' +
        '  --scorecard sales  (New-account revenue)\n',
    );
  });

  it('exits 2 on an unknown id, suggesting the closest', async () => {
    const result = await runCli([
      'history',
      file,
      '--kpi',
      'revnue',
      '--from',
      '2026-01',
      '--to',
      '2026-03',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'no KPI "revnue" in the file (did you mean revenue?); known: revenue, churn, leads',
    );
  });

  it('exits 2 on an id that is not in the given scorecard', async () => {
    const result = await runCli([
      'history',
      file,
      '--kpi',
      'churn',
      '--scorecard',
      'sales',
      '--from',
      '2026-01',
      '--to',
      '2026-03',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no KPI "churn" in scorecard sales');
  });

  it('needs exactly one of --kpi and --objective', async () => {
    const neither = await runCli(['history', file, '--from', '2026-01', '--to', '2026-03']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('--kpi <id> or --objective <id>');
    const both = await runCli([
      'history',
      file,
      '--kpi',
      'leads',
      '--objective',
      'growth',
      '--from',
      '2026-01',
      '--to',
      '2026-03',
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
  });

  it('exits 2 when --from is missing', async () => {
    const result = await runCli(['history', file, '--kpi', 'leads', '--to', '2026-03']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("required option '--from <period>' not specified");
  });
});

import { describe, expect, it } from 'vitest';
import type { ScorecardScore } from '@bearing/core';
import { ANSI, runCli } from '../__fixtures__/harness.ts';

describe('bearing score', () => {
  it('prints the tree for every scorecard as of the given period', async () => {
    const result = await runCli(['score', 'two-scorecards.yaml', '--period', '2026-03']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Corporate (corp) as of 2026-03');
    expect(lines[1]).toMatch(/^ +score {2}status +value +target$/);
    expect(result.stdout).toMatch(/\n {4}Grow revenue +73\.8% {2}amber +\(2 of 2 scored\)\n/);
    expect(result.stdout).toMatch(/\n {6}• Revenue +80\.0% {2}green +180 kEUR +≥ 200 kEUR\n/);
    expect(result.stdout).toMatch(/\n {6}↳ Win new accounts \[sales\] +67\.5%/);
    expect(result.stdout).toMatch(
      /• Churn +20\.0% {2}red +9% \(2026-01\) +≤ 5% {2}\[stale\] \[overdue\]/,
    );
    expect(result.stdout).toContain('\nSales team (sales) as of 2026-03\n');
  });

  it('defaults to the latest period with any value', async () => {
    const result = await runCli(['score', 'two-scorecards.yaml']);
    expect(result.stdout).toContain('Corporate (corp) as of 2026-04');
  });

  it('defaults to the latest period of the chosen scorecard', async () => {
    const result = await runCli(['score', 'two-scorecards.yaml', '--scorecard', 'sales']);
    expect(result.stdout).toContain('Sales team (sales) as of 2026-03');
    expect(result.stdout).not.toContain('Corporate');
  });

  it('prints {period, scorecards} with --json, scores at full precision', async () => {
    const result = await runCli(['score', 'two-scorecards.yaml', '--period', '2026-03', '--json']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { period: string; scorecards: ScorecardScore[] };
    expect(parsed.period).toBe('2026-03');
    expect(parsed.scorecards.map((s) => s.id)).toEqual(['corp', 'sales']);
    const corp = parsed.scorecards[0]!;
    expect(corp).toMatchObject({ period: '2026-03', status: 'red' });
    expect(corp.perspectives[0]!.objectives[0]!.kpis[0]).toMatchObject({
      id: 'revenue',
      score: 0.8,
      value: 180,
      stale: false,
    });
  });

  it('prints the one scorecard object with --scorecard --json', async () => {
    const result = await runCli([
      'score',
      'two-scorecards.yaml',
      '--period',
      '2026-03',
      '--scorecard',
      'sales',
      '--json',
    ]);
    const parsed = JSON.parse(result.stdout) as ScorecardScore;
    expect(parsed).toMatchObject({ id: 'sales', name: 'Sales team', period: '2026-03' });
    expect(parsed.perspectives).toHaveLength(4);
  });

  it('normalises the period given (2026-q1 → 2026-Q1)', async () => {
    const result = await runCli(['score', 'two-scorecards.yaml', '--period', '2026-q1']);
    expect(result.stdout).toContain('as of 2026-Q1');
  });

  it.each(['2026-13', 'March', '26-01'])(
    'exits 2 on the invalid period %s, listing the formats',
    async (period) => {
      const result = await runCli(['score', 'two-scorecards.yaml', '--period', period]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`--period: "${period}" is not`);
      expect(result.stderr).toContain('2026-H1 (half)');
    },
  );

  it('exits 2 on an unknown scorecard, suggesting the closest', async () => {
    const result = await runCli(['score', 'two-scorecards.yaml', '--scorecard', 'sale']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error: --scorecard: no scorecard "sale" (did you mean sales?); the file has: corp, sales\n',
    );
  });

  it('exits 2 when the file has no values and no --period is given', async () => {
    const result = await runCli(['score', 'no-values.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no KPI values yet');
    expect((await runCli(['score', 'no-values.yaml', '--period', '2026'])).code).toBe(0);
  });

  it('exits 2 on an invalid file, with the issues on stderr and nothing on stdout', async () => {
    const result = await runCli(['score', 'cycle.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('cycle.yaml:9:17');
    expect(result.stderr).toContain('error: cycle.yaml is not a valid strategy file');
  });

  describe('colours', () => {
    const args = ['score', 'two-scorecards.yaml', '--period', '2026-03'];

    it('prints no ANSI codes to a pipe', async () => {
      expect((await runCli(args)).stdout).not.toMatch(ANSI);
    });

    it('colours status words on a terminal', async () => {
      const { stdout } = await runCli(args, { isTTY: true });
      expect(stdout).toContain('\u001b[32mgreen\u001b[39m');
      expect(stdout).toContain('\u001b[31mred\u001b[39m');
    });

    it('prints no ANSI codes on a terminal when NO_COLOR is set', async () => {
      expect((await runCli(args, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(
        ANSI,
      );
    });

    it('colours a pipe when FORCE_COLOR is set', async () => {
      expect((await runCli(args, { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    });

    it('never colours JSON', async () => {
      const json = await runCli([...args, '--json'], { isTTY: true, env: { FORCE_COLOR: '1' } });
      expect(json.stdout).not.toMatch(ANSI);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { type EvidenceReport, evidenceReportSchema } from '@bearing/core';
import { runCli } from '../__fixtures__/harness.ts';

/** 30 months of history with planted relations (see the fixture's header). */
const FILE = 'evidence.yaml';

describe('bearing evidence', () => {
  it('prints a table of links with verdict, lag, correlation, adjusted p, n and the reason', async () => {
    const run = await runCli(['evidence', FILE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Evidence for Corporate (corp), history up to 2027-06');
    expect(lines[1]).toBe('1 supported · 1 contradicted · 1 inconclusive · 1 insufficient data');
    expect(lines[3]).toMatch(/^link +verdict +lag +r +adj\. p +n +reason$/);
    expect(run.stdout).toMatch(
      /\nInvest in quality assurance → Provide high product quality +supported +2 months +0\.73 +0\.003 +27 +returns fell 2 months after QA hours rose, in 27 months of data\n/,
    );
    expect(run.stdout).toMatch(
      /\nInvest in quality assurance → Keep the cost of quality low +contradicted +1 month +-0\.67 +0\.007 +28 +"Keep the cost of quality low" worsened 1 month after "Invest in quality assurance" improved, in 28 months of data: the opposite of what the link claims\n/,
    );
    expect(run.stdout).toMatch(
      /\nTrain our people → .* +insufficient data +– +– +– +7 +only 7 months/,
    );
  });

  it('prints one report with --scorecard --json, every field present', async () => {
    const run = await runCli(['evidence', FILE, '--scorecard', 'corp', '--json']);
    expect(run.code).toBe(0);
    const report = evidenceReportSchema.parse(JSON.parse(run.stdout));
    expect(report.scorecard).toBe('corp');
    expect(report.to).toBe('2027-06');
    expect(report.links.map((l) => [l.from, l.to, l.verdict, l.lag, l.statedLag])).toEqual([
      ['training', 'qa', 'insufficient-data', null, null],
      ['qa', 'quality', 'supported', 2, 2],
      ['qa', 'cost', 'contradicted', 1, null],
      ['quality', 'revenue', 'inconclusive', 3, 3],
    ]);
  });

  it('wraps every scorecard in {scorecards: [...]} without --scorecard, the same each run', async () => {
    const run = await runCli(['evidence', FILE, '--json']);
    const again = await runCli(['evidence', FILE, '--json']);
    expect(again.stdout).toBe(run.stdout);
    const parsed = JSON.parse(run.stdout) as { scorecards: EvidenceReport[] };
    expect(Object.keys(parsed)).toEqual(['scorecards']);
    expect(parsed.scorecards.map((s) => evidenceReportSchema.parse(s).scorecard)).toEqual(['corp']);
  });

  it('uses the history up to --to only', async () => {
    const run = await runCli([
      'evidence',
      FILE,
      '--scorecard',
      'corp',
      '--to',
      '2026-12',
      '--json',
    ]);
    const report = JSON.parse(run.stdout) as EvidenceReport;
    expect(report.to).toBe('2026-12');
    expect(report.links[1]).toMatchObject({ from: 'qa', to: 'quality', n: 21 });
  });

  it.each([
    [['evidence', FILE, '--to', '2026-13'], '--to:'],
    [['evidence', FILE, '--scorecard', 'corpp'], 'did you mean corp?'],
    [
      ['evidence', 'no-values.yaml'],
      'has no KPI values yet, so there is no history to test; pass --to',
    ],
    [['evidence', 'missing.yaml'], 'missing.yaml'],
  ])('exits 2 with a clear message for %j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

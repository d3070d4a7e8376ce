import { describe, expect, it } from 'vitest';
import { kpiId, objectiveId, scorecardId } from '@bearing/core';
import { ANSI } from '../__fixtures__/harness.ts';
import {
  kpiScore,
  objectiveScore,
  perspectiveScore,
  scorecardScore,
} from '../__fixtures__/scores.ts';
import { colorsFor, stripAnsi } from './colors.ts';
import { formatScorecardTree, kpiFlags } from './score-tree.ts';

const plain = colorsFor({ env: {}, isTTY: false });
const coloured = colorsFor({ env: {}, isTTY: true });

const lines = (text: string) => text.trimEnd().split('\n');

describe('formatScorecardTree', () => {
  it('prints scorecard → perspective → objective → KPI, indented, with aligned columns', () => {
    expect(lines(formatScorecardTree(scorecardScore(), plain))).toEqual([
      'Acme (acme) as of 2026-06',
      '                                  score  status  value  target',
      'Acme                              73.3%  amber                  (1 of 1 scored)',
      '  Customer                        73.3%  amber                  (1 of 1 scored)',
      '    Provide high product quality  73.3%  amber                  (1 of 1 scored)',
      '      • Product return rate       73.3%  amber    3.6%    ≤ 2%',
    ]);
  });

  it('nests sub-objectives and marks contributors from other scorecards', () => {
    const sub = objectiveScore({ id: objectiveId('qa'), name: 'Strengthen QA', kpis: [] });
    const contributor = objectiveScore({
      id: objectiveId('plant-quality'),
      name: 'Plant quality',
      scorecard: scorecardId('plant'),
      kpis: [],
    });
    const score = scorecardScore({
      perspectives: [
        perspectiveScore({
          objectives: [objectiveScore({ objectives: [sub], contributors: [contributor] })],
        }),
      ],
    });
    const out = lines(formatScorecardTree(score, plain));
    expect(out[4]).toMatch(/^ {4}Provide high product quality /);
    expect(out[5]).toMatch(/^ {6}• Product return rate /);
    expect(out[6]).toMatch(/^ {6}Strengthen QA /);
    expect(out[7]).toMatch(/^ {6}↳ Plant quality \[plant\] /);
  });

  it('shows the status word and coverage even without data', () => {
    const empty = kpiScore({ value: null, score: null, status: 'none', overdue: true });
    const score = scorecardScore({
      score: null,
      status: 'none',
      coverage: { scored: 0, total: 1 },
      perspectives: [
        perspectiveScore({
          score: null,
          status: 'none',
          coverage: { scored: 0, total: 1 },
          objectives: [
            objectiveScore({
              score: null,
              status: 'none',
              coverage: { scored: 0, total: 1 },
              kpis: [empty],
            }),
          ],
        }),
      ],
    });
    const out = lines(formatScorecardTree(score, plain));
    expect(out[2]).toMatch(/Acme +n\/a {2}none +\(0 of 1 scored\)$/);
    expect(out[5]).toMatch(/• Product return rate +n\/a {2}none +≤ 2% {2}\[no data\] \[overdue\]$/);
  });

  it('names the period a carried-forward value comes from', () => {
    const stale = kpiScore({ stale: true, valuePeriod: '2026-03' as never, value: 5 });
    const score = scorecardScore({
      perspectives: [perspectiveScore({ objectives: [objectiveScore({ kpis: [stale] })] })],
    });
    expect(formatScorecardTree(score, plain)).toContain('5% (2026-03)    ≤ 2%  [stale]');
  });

  it('aligns the score column across all rows whatever the depth', () => {
    const kpis = [
      kpiScore({ id: kpiId('a'), name: 'A', score: 1 }),
      kpiScore({ id: kpiId('b'), name: 'A much longer KPI name', score: 0.05 }),
    ];
    const score = scorecardScore({
      perspectives: [perspectiveScore({ objectives: [objectiveScore({ kpis })] })],
    });
    const rows = lines(formatScorecardTree(score, plain)).slice(2);
    const ends = rows.map((row) => row.indexOf('%'));
    expect(new Set(ends).size).toBe(1);
  });

  it('colours status words only when colours are on, with identical text', () => {
    const withColour = formatScorecardTree(scorecardScore(), coloured);
    const without = formatScorecardTree(scorecardScore(), plain);
    expect(withColour).toMatch(ANSI);
    expect(withColour).toContain('\u001b[33mamber\u001b[39m');
    expect(without).not.toMatch(ANSI);
    expect(stripAnsi(withColour)).toBe(without);
  });
});

describe('kpiFlags', () => {
  it('flags missing, carried-forward and overdue values', () => {
    expect(kpiFlags(kpiScore({ value: null, score: null, overdue: true }))).toEqual([
      '[no data]',
      '[overdue]',
    ]);
    expect(kpiFlags(kpiScore({ stale: true }))).toEqual(['[stale]']);
    expect(kpiFlags(kpiScore())).toEqual([]);
  });
});

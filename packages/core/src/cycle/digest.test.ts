import { describe, expect, it } from 'vitest';
import type { ScorecardId } from '../model/ids.ts';
import { periodOf } from '../periods/period.ts';
import { reportStrategy } from '../report/test-strategy.ts';
import { prepareStrategy } from '../scoring/prepare.ts';
import { scoreScorecard } from '../scoring/scorecard-score.ts';
import { digestMonthDue, digestOf } from './digest.ts';

describe('the monthly digest', () => {
  const score = scoreScorecard(
    prepareStrategy(reportStrategy()),
    'corp' as ScorecardId,
    periodOf('2026-06'),
  );

  it('gives each scorecard its score and red KPIs, and what the period still owes', () => {
    const digest = digestOf({
      workspaceName: 'Acme',
      period: '2026-06',
      scorecards: [score],
      owed: { due: 1, overdue: 2 },
    });
    expect(digest.title).toBe('Acme: the month in brief (2026-06)');
    expect(digest.lines).toHaveLength(2);
    expect(digest.lines[0]).toMatch(
      /^Corporate scorecard \(2026-06\): score \d+\.\d%, 1 red: Return rate$/,
    );
    expect(digest.lines[1]).toBe('3 values for 2026-06 still to come (2 overdue).');
  });

  it('says when every value is in', () => {
    const digest = digestOf({
      workspaceName: 'Acme',
      period: '2026-06',
      scorecards: [],
      owed: { due: 0, overdue: 0 },
    });
    expect(digest.lines).toEqual(['Every value for 2026-06 is in.']);
  });

  it.each([
    [1, 1, '2026-12'],
    [15, 14, null],
    [15, 15, '2026-12'],
    [15, 31, '2026-12'],
    [null, 20, null],
  ] as const)('digest day %s, today the %sth: %s', (digestDay, day, expected) => {
    expect(digestMonthDue(digestDay, { year: 2026, month: 12, day })).toBe(expected);
  });
});

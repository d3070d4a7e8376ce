import { buildKpi, buildObjective, buildScorecard, buildStrategy, values } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { kpiId, objectiveId, scorecardId } from '../model/ids.ts';
import { periodOf, periodRange } from '../periods/period.ts';
import { kpiHistory, objectiveHistory } from './history.ts';
import { latestValuePeriod } from './latest.ts';
import { UnknownNodeError } from './lookup.ts';
import { prepareStrategy } from './prepare.ts';

const revenue = buildKpi({
  id: kpiId('revenue'),
  values: values({ '2026-01': 40, '2026-02': 90, '2026-04': 60 }),
});
const strategy = buildStrategy({
  scorecards: [
    buildScorecard({
      id: scorecardId('corp'),
      objectives: [buildObjective({ id: objectiveId('grow'), kpis: [revenue] })],
    }),
    buildScorecard({ id: scorecardId('empty') }),
  ],
});
const prepared = prepareStrategy(strategy);
const months = periodRange(periodOf('2026-01'), periodOf('2026-04'));

describe('history series', () => {
  it("lists a KPI's score, status and value per period, N/A where data is missing", () => {
    expect(kpiHistory(prepared, scorecardId('corp'), kpiId('revenue'), months)).toEqual([
      {
        period: '2026-01',
        score: 0.4,
        status: 'red',
        value: 40,
        coverage: { scored: 1, total: 1 },
      },
      {
        period: '2026-02',
        score: 0.9,
        status: 'green',
        value: 90,
        coverage: { scored: 1, total: 1 },
      },
      {
        period: '2026-03',
        score: null,
        status: 'none',
        value: null,
        coverage: { scored: 0, total: 1 },
      },
      {
        period: '2026-04',
        score: 0.6,
        status: 'amber',
        value: 60,
        coverage: { scored: 1, total: 1 },
      },
    ]);
  });

  it("lists an objective's roll-up per period with value null", () => {
    const series = objectiveHistory(prepared, scorecardId('corp'), objectiveId('grow'), months);
    expect(series.map((p) => p.score)).toEqual([0.4, 0.9, null, 0.6]);
    expect(series.every((p) => p.value === null)).toBe(true);
    expect(series[2]!.coverage).toEqual({ scored: 0, total: 1 });
  });

  it('folds values when the series is coarser than the data', () => {
    const quarters = [periodOf('2026-Q1'), periodOf('2026-Q2')];
    const series = kpiHistory(prepared, scorecardId('corp'), kpiId('revenue'), quarters);
    expect(series.map((p) => p.value)).toEqual([90, 60]);
  });

  it('throws a NOT_FOUND error for an id that is not in the strategy', () => {
    expect(() => kpiHistory(prepared, scorecardId('corp'), kpiId('nope'), months)).toThrow(
      UnknownNodeError,
    );
    expect(() => objectiveHistory(prepared, scorecardId('x'), objectiveId('grow'), [])).toThrow(
      'no scorecard with id "x"',
    );
  });
});

describe('latestValuePeriod', () => {
  it('finds the latest period with any value', () => {
    expect(latestValuePeriod(strategy)).toBe('2026-04');
  });

  it('can be limited to one scorecard', () => {
    expect(latestValuePeriod(strategy, scorecardId('empty'))).toBeNull();
  });

  it('prefers the longest period among those ending on the same day', () => {
    const k = buildKpi({ values: values({ '2026-03': 1, '2026-Q1': 2, '2026-02': 3 }) });
    const s = buildStrategy({
      scorecards: [buildScorecard({ objectives: [buildObjective({ kpis: [k] })] })],
    });
    expect(latestValuePeriod(s)).toBe('2026-Q1');
  });
});

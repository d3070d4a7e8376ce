import { buildKpi, values } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, type Aggregation } from '../model/strategy.ts';
import { periodOf } from '../periods/period.ts';
import { scoreKpi } from './kpi-score.ts';

type Overrides = Parameters<typeof buildKpi>[0];

function score(byPeriod: Record<string, number>, asOf: string, overrides: Overrides = {}) {
  const kpi = buildKpi({ ...overrides, values: values(byPeriod) });
  return scoreKpi(kpi, periodOf(asOf), DEFAULT_THRESHOLDS);
}

const quarter = { '2026-01': 10, '2026-02': 30, '2026-03': 20 };

describe('the value for a period folds the values within it (scoring.md §4)', () => {
  it.each([
    ['last', 20, '2026-03'],
    ['sum', 60, '2026-Q1'],
    ['average', 20, '2026-Q1'],
    ['min', 10, '2026-01'],
    ['max', 30, '2026-02'],
  ] as [Aggregation, number, string][])(
    'folds a quarter of months by %s to %d (valuePeriod %s)',
    (aggregation, expected, valuePeriod) => {
      const k = score(quarter, '2026-Q1', { aggregation });
      expect(k.value).toBe(expected);
      expect(k.valuePeriod).toBe(valuePeriod);
      expect(k.stale).toBe(false);
      expect(k.period).toBe('2026-Q1');
    },
  );

  it('uses the latest sub-period for last even when a month is missing', () => {
    expect(score({ '2026-01': 10, '2026-02': 30 }, '2026-Q1').value).toBe(30);
  });

  it('ignores values outside the period and values straddling its start', () => {
    const k = score({ '2025-12': 99, '2026-W01': 77, '2026-02': 5, '2026-04': 99 }, '2026-Q1', {
      aggregation: 'sum',
    });
    // 2026-W01 runs from 2025-12-29: it does not lie within 2026-Q1.
    expect(k.value).toBe(5);
  });

  it('folds ISO weeks into a month by sum', () => {
    const weeks = { '2026-W10': 1, '2026-W11': 2, '2026-W12': 3, '2026-W13': 4 };
    // W10 starts 2026-03-02, W13 ends 2026-03-29: all four lie within March.
    expect(score(weeks, '2026-03', { aggregation: 'sum' }).value).toBe(10);
  });

  it('lets a value recorded for the period itself win over its sub-periods', () => {
    const k = score({ '2026': 500, '2026-11': 40, '2026-12': 45 }, '2026', { aggregation: 'sum' });
    expect(k.value).toBe(500);
    expect(k.valuePeriod).toBe('2026');
  });

  it('reports the period itself as valuePeriod when sum folds several values', () => {
    expect(score(quarter, '2026-Q1', { aggregation: 'sum' }).valuePeriod).toBe('2026-Q1');
  });

  it('keeps the latest of equal values for min', () => {
    const k = score({ '2026-01': 5, '2026-02': 5 }, '2026-Q1', { aggregation: 'min' });
    expect(k.valuePeriod).toBe('2026-02');
  });

  it('has no value (and no score) for a period without values by default', () => {
    const k = score({ '2026-01': 80 }, '2026-02');
    expect(k).toMatchObject({ value: null, score: null, status: 'none', valuePeriod: null });
    expect(k.stale).toBe(false);
  });

  it('sorts values given out of end order (2026 before 2026-03 by key)', () => {
    const k = score({ '2026-03': 1, '2026': 9, '2025-12': 2 }, '2026-Q1');
    expect(k.value).toBe(1);
  });
});

describe('carry forward', () => {
  it('carries the latest earlier value forward and marks it stale', () => {
    const k = score({ '2026-01': 40, '2026-02': 60 }, '2026-04', { carryForward: true });
    expect(k).toMatchObject({ value: 60, score: 0.6, stale: true, valuePeriod: '2026-02' });
  });

  it('prefers a value within the period over carrying forward', () => {
    const k = score({ '2026-01': 40, '2026-04': 70 }, '2026-04', { carryForward: true });
    expect(k).toMatchObject({ value: 70, stale: false });
  });

  it('never carries a later value backwards', () => {
    const k = score({ '2026-05': 40 }, '2026-04', { carryForward: true });
    expect(k.value).toBeNull();
  });

  it('carries forward a longer period that ends within P', () => {
    const k = score({ '2026-Q1': 50 }, '2026-03', { carryForward: true });
    expect(k).toMatchObject({ value: 50, stale: true, valuePeriod: '2026-Q1' });
  });
});

describe('overdue (frequency)', () => {
  it.each([
    ['monthly', { '2026-02': 1 }, '2026-03', false],
    ['monthly', { '2026-01': 1 }, '2026-03', true],
    ['monthly', { '2026-01': 1 }, '2026-02', false],
    ['quarterly', { '2025-Q4': 1 }, '2026-Q1', false],
    ['quarterly', { '2025-Q3': 1 }, '2026-Q1', true],
    ['quarterly', { '2026-Q1': 1 }, '2026-05', false],
    ['yearly', { '2025': 1 }, '2026', false],
    ['yearly', { '2024': 1 }, '2026', true],
    ['half-yearly', { '2025-H2': 1 }, '2026-H1', false],
    ['weekly', { '2026-W09': 1 }, '2026-W10', false],
    ['weekly', { '2026-W08': 1 }, '2026-W10', true],
    ['daily', { '2026-03-14': 1 }, '2026-03-15', false],
    ['daily', { '2026-03-13': 1 }, '2026-03-15', true],
  ] as const)('a %s KPI with %j as of %s is overdue: %s', (frequency, byPeriod, asOf, overdue) => {
    expect(score(byPeriod, asOf, { frequency }).overdue).toBe(overdue);
  });

  it('is overdue when there is no value at all up to the period (data due and missing)', () => {
    expect(score({}, '2026-03').overdue).toBe(true);
    expect(score({ '2026-04': 1 }, '2026-03').overdue).toBe(true);
  });

  it('does not change the score of an overdue KPI', () => {
    const k = score({ '2025-10': 90 }, '2026-03', { carryForward: true });
    expect(k).toMatchObject({ overdue: true, score: 0.9, stale: true });
  });
});

describe('per-period targets', () => {
  const targets = { '2026': 50, '2027': 80 };

  it.each([
    ['2025-12', 100, 'uses target before the first per-period key'],
    ['2026-06', 50, 'uses the key that started on or before the period'],
    ['2027-01', 80, 'switches to the later key once it has started'],
    ['2026-Q4', 50, 'keeps the earlier key for a period ending before the later one starts'],
  ] as const)('as of %s the target is %d: %s', (asOf, target, _why) => {
    const k = score({ [asOf]: 40 }, asOf, { targets });
    expect(k.target).toBe(target);
    expect(k.score).toBeCloseTo(40 / target, 12);
  });

  it('applies a key that starts within P (the latest start on or before P ends)', () => {
    expect(score({ '2026': 40 }, '2026', { targets: { '2026-07': 60 } }).target).toBe(60);
  });

  it('prefers the key that matches P best among keys with the same start', () => {
    const t = { '2026': 50, '2026-Q1': 40, '2026-01': 30 };
    expect(score({}, '2026-Q1', { targets: t }).target).toBe(40);
    expect(score({}, '2026-02', { targets: t }).target).toBe(40);
    expect(score({}, '2026-01', { targets: t }).target).toBe(30);
    expect(score({}, '2026', { targets: t }).target).toBe(50);
  });

  it('supports [low, high] per-period targets for a range KPI', () => {
    const k = score({ '2027-01': 25 }, '2027-01', {
      optimization: 'range',
      target: [18, 22],
      targets: { '2027': [24, 26] },
      min: 10,
      max: 40,
    });
    expect(k).toMatchObject({ target: [24, 26], score: 1 });
  });
});

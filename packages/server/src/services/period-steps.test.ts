import { PERIOD_KINDS, daysFromCivil, nextPeriod, periodOf } from '@bearing/core';
import { describe, expect, it } from 'vitest';
import { periodContaining, periodsEndingAt } from './period-steps.ts';

describe('periodContaining', () => {
  it('finds the period of every kind that holds a day', () => {
    const day = daysFromCivil(2026, 6, 30);
    expect(PERIOD_KINDS.map((kind) => periodContaining(day, kind).key)).toEqual([
      '2026',
      '2026-H1',
      '2026-Q2',
      '2026-06',
      '2026-W27',
      '2026-06-30',
    ]);
  });

  it('puts ISO weeks in the year of their Thursday', () => {
    expect(periodContaining(daysFromCivil(2027, 1, 1), 'week').key).toBe('2026-W53');
    expect(periodContaining(daysFromCivil(2025, 12, 29), 'week').key).toBe('2026-W01');
    expect(periodContaining(daysFromCivil(2021, 1, 3), 'week').key).toBe('2020-W53');
  });

  it('holds the day, for every kind, over several years of days', () => {
    const from = daysFromCivil(2019, 12, 20);
    for (let day = from; day < from + 3 * 366; day += 3) {
      for (const kind of PERIOD_KINDS) {
        const p = periodContaining(day, kind);
        expect(p.kind).toBe(kind);
        expect(p.start <= day && day <= p.end).toBe(true);
      }
    }
  });
});

describe('periodsEndingAt', () => {
  it('gives consecutive periods ending at the one asked for', () => {
    expect(periodsEndingAt(periodOf('2026-02'), 4).map((p) => p.key)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(periodsEndingAt(periodOf('2027-W02'), 4).map((p) => p.key)).toEqual([
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
    expect(periodsEndingAt(periodOf('2026-Q1'), 1).map((p) => p.key)).toEqual(['2026-Q1']);
  });

  it('agrees with core nextPeriod for every kind', () => {
    for (const key of ['2026', '2026-H1', '2026-Q3', '2026-03', '2026-W10', '2026-03-01']) {
      const series = periodsEndingAt(periodOf(key), 36);
      expect(series).toHaveLength(36);
      for (let i = 1; i < series.length; i++) {
        expect(nextPeriod(series[i - 1]!).key).toBe(series[i]!.key);
      }
    }
  });

  it('stops at the start of the calendar', () => {
    expect(periodsEndingAt(periodOf('1001'), 6).map((p) => p.key)).toEqual(['1000', '1001']);
  });
});

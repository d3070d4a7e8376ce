import { describe, expect, it } from 'vitest';
import { daysFromCivil } from './calendar.ts';
import {
  FREQUENCY_PERIOD_KIND,
  periodContaining,
  periodKindOfFrequency,
  periodsEndingAt,
  shiftPeriod,
} from './containing.ts';
import { nextPeriod, periodOf } from './period.ts';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
};

describe('periodContaining', () => {
  it.each([
    ['year', '2026-03-15', '2026'],
    ['half', '2026-06-30', '2026-H1'],
    ['half', '2026-07-01', '2026-H2'],
    ['quarter', '2026-03-31', '2026-Q1'],
    ['quarter', '2026-04-01', '2026-Q2'],
    ['month', '2024-02-29', '2024-02'],
    ['week', '2026-03-15', '2026-W11'],
    // ISO weeks at year ends: the week belongs to the year of its Thursday.
    ['week', '2027-01-01', '2026-W53'],
    ['week', '2024-12-30', '2025-W01'],
    ['week', '2026-01-01', '2026-W01'],
    ['day', '2026-12-31', '2026-12-31'],
  ] as const)('a %s holding %s is %s', (kind, iso, key) => {
    expect(periodContaining(kind, day(iso)).key).toBe(key);
  });

  it('holds the day it was asked for, for every kind and every day of a leap year', () => {
    const kinds = Object.values(FREQUENCY_PERIOD_KIND);
    for (let d = day('2024-01-01'); d <= day('2024-12-31'); d++) {
      for (const kind of kinds) {
        const p = periodContaining(kind, d);
        expect(p.kind).toBe(kind);
        expect(d >= p.start && d <= p.end).toBe(true);
      }
    }
  });

  it('maps every frequency to the kind of its reporting period', () => {
    expect(FREQUENCY_PERIOD_KIND).toEqual({
      daily: 'day',
      weekly: 'week',
      monthly: 'month',
      quarterly: 'quarter',
      'half-yearly': 'half',
      yearly: 'year',
    });
    expect(periodOf('2026-W53').end).toBe(day('2027-01-03'));
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

  it('agrees with nextPeriod for every kind', () => {
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

describe('shiftPeriod', () => {
  it('steps forward and back by whole periods of the same kind', () => {
    expect(shiftPeriod(periodOf('2026-11'), 3)?.key).toBe('2027-02');
    expect(shiftPeriod(periodOf('2026-Q1'), -2)?.key).toBe('2025-Q3');
    expect(shiftPeriod(periodOf('2026-W01'), -1)?.key).toBe('2025-W52');
    expect(shiftPeriod(periodOf('2026-H2'), 0)?.key).toBe('2026-H2');
  });

  it('is null before the calendar starts', () => {
    expect(shiftPeriod(periodOf('1000-02'), -2)).toBeNull();
  });
});

describe('periodKindOfFrequency', () => {
  it('maps each frequency to the periods its values are due in, and nothing else', () => {
    expect(periodKindOfFrequency('quarterly')).toBe('quarter');
    expect(periodKindOfFrequency('half-yearly')).toBe('half');
    expect(periodKindOfFrequency('fortnightly')).toBeNull();
    expect(periodKindOfFrequency('toString')).toBeNull();
  });
});

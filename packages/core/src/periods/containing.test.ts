import { describe, expect, it } from 'vitest';
import { daysFromCivil } from './calendar.ts';
import { FREQUENCY_PERIOD_KIND, periodContaining } from './containing.ts';
import { periodOf } from './period.ts';

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

import { describe, expect, it } from 'vitest';
import { granularityOf, periodContaining, periodLabel, recentPeriods } from './periods.ts';

describe('period picker lists', () => {
  it('finds the quarter, half and year containing a month', () => {
    expect(periodContaining('2026-05', 'quarter')).toBe('2026-Q2');
    expect(periodContaining('2026-07', 'half')).toBe('2026-H2');
    expect(periodContaining('2026-12', 'year')).toBe('2026');
  });

  it('lists recent months newest first, crossing a year boundary', () => {
    expect(recentPeriods('2026-02', 'month', 4, 1)).toEqual([
      '2026-03',
      '2026-02',
      '2026-01',
      '2025-12',
    ]);
  });

  it('lists quarters around the anchor', () => {
    expect(recentPeriods('2026-05', 'quarter', 3, 0)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4']);
  });

  it('names the granularity of a key and labels it for people', () => {
    expect(granularityOf('2026-H1')).toBe('half');
    expect(granularityOf('2026-W09')).toBeNull();
    expect(periodLabel('2026-06')).toBe('Jun 2026');
    expect(periodLabel('2026-Q2')).toBe('Q2 2026');
  });
});

import { describe, expect, it } from 'vitest';
import { entryPeriod } from './entry-period.ts';

describe('entryPeriod', () => {
  it('enters a KPI of the same frequency for the period itself', () => {
    expect(entryPeriod('monthly', '2026-05')).toEqual({
      period: '2026-05',
      due: true,
      dueBy: null,
    });
    expect(entryPeriod('quarterly', '2026-Q2')).toEqual({
      period: '2026-Q2',
      due: true,
      dueBy: null,
    });
  });

  it('enters a more frequent KPI for its last period inside the viewed one', () => {
    expect(entryPeriod('monthly', '2026-Q2')).toMatchObject({ period: '2026-06', due: true });
    expect(entryPeriod('monthly', '2026')).toMatchObject({ period: '2026-12' });
    expect(entryPeriod('daily', '2026-02')).toMatchObject({ period: '2026-02-28' });
  });

  it('picks the last ISO week that ends inside the viewed month', () => {
    // 2026-05-31 is a Sunday: week 22 ends on it.
    expect(entryPeriod('weekly', '2026-05')).toMatchObject({ period: '2026-W22' });
    // 2026-06-30 is a Tuesday: week 27 runs into July, so week 26 is the last one inside June.
    expect(entryPeriod('weekly', '2026-06')).toMatchObject({ period: '2026-W26' });
  });

  it('makes a less frequent KPI due only in the period that closes its step', () => {
    expect(entryPeriod('quarterly', '2026-06')).toEqual({
      period: '2026-06',
      due: true,
      dueBy: null,
    });
    expect(entryPeriod('quarterly', '2026-05')).toEqual({
      period: '2026-05',
      due: false,
      dueBy: '2026-06-30',
    });
    expect(entryPeriod('yearly', '2026-Q4')).toMatchObject({ due: true });
    expect(entryPeriod('half-yearly', '2026-Q1')).toMatchObject({
      due: false,
      dueBy: '2026-06-30',
    });
  });

  it('gives nothing for a period key it cannot read', () => {
    expect(entryPeriod('monthly', 'latest')).toBeNull();
  });
});

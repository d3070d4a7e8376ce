import { describe, expect, it } from 'vitest';
import {
  clipRange,
  containingPeriod,
  historyAnchor,
  kindOfFrequency,
  MAX_RANGE_PERIODS,
  matchingPreset,
  periodsOf,
  presetRange,
  rangeOfKind,
  rangeOptions,
} from './period-range.ts';

describe('the period kind of a KPI frequency', () => {
  it('maps each frequency to the periods its values are due in', () => {
    expect(kindOfFrequency('monthly')).toBe('month');
    expect(kindOfFrequency('quarterly')).toBe('quarter');
    expect(kindOfFrequency('half-yearly')).toBe('half');
    expect(kindOfFrequency('weekly')).toBe('week');
    expect(kindOfFrequency('daily')).toBe('day');
    expect(kindOfFrequency('yearly')).toBe('year');
  });

  it('falls back to months for an unknown frequency', () => {
    expect(kindOfFrequency('fortnightly')).toBe('month');
  });
});

describe('rangeOfKind', () => {
  it('turns a month range into the quarters that cover it', () => {
    expect(rangeOfKind({ from: '2025-08', to: '2026-05' }, 'quarter')).toEqual({
      from: '2025-Q3',
      to: '2026-Q2',
    });
  });

  it('turns a quarter range into its months, last month included', () => {
    expect(rangeOfKind({ from: '2026-Q1', to: '2026-Q2' }, 'month')).toEqual({
      from: '2026-01',
      to: '2026-06',
    });
  });

  it('swaps a reversed range and refuses keys that are not periods', () => {
    expect(rangeOfKind({ from: '2026-06', to: '2026-01' }, 'month')).toEqual({
      from: '2026-01',
      to: '2026-06',
    });
    expect(rangeOfKind({ from: '2026-13', to: '2026-01' }, 'month')).toBeNull();
    expect(rangeOfKind({ from: 'soon', to: '2026-01' }, 'month')).toBeNull();
  });
});

describe('periodsOf and clipRange', () => {
  it('lists the periods of a range oldest first', () => {
    expect(periodsOf({ from: '2025-11', to: '2026-02' }).map((p) => p.key)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('gives nothing for mixed kinds or a reversed range', () => {
    expect(periodsOf({ from: '2026', to: '2026-Q2' })).toEqual([]);
    expect(periodsOf({ from: '2026-05', to: '2026-01' })).toEqual([]);
  });

  it('keeps the newest periods of a range longer than the API accepts', () => {
    const periods = periodsOf({ from: '2020-01-01', to: '2026-06-30' });
    expect(periods).toHaveLength(MAX_RANGE_PERIODS);
    expect(periods[periods.length - 1]?.key).toBe('2026-06-30');
    expect(clipRange({ from: '2020-01-01', to: '2026-06-30' })?.to).toBe('2026-06-30');
  });
});

describe('range presets', () => {
  const monthly = { kind: 'month' as const, anchor: '2026-06' };

  it('"last 12 months" ends with the period in view', () => {
    expect(presetRange('last-12-months', monthly)).toEqual({ from: '2025-07', to: '2026-06' });
  });

  it('"last 12 months" of a quarterly KPI is four quarters', () => {
    const quarterly = { kind: 'quarter' as const, anchor: '2026-06' };
    expect(presetRange('last-12-months', quarterly)).toEqual({ from: '2025-Q3', to: '2026-Q2' });
  });

  it('anchors on a quarter in view by its last month', () => {
    expect(presetRange('last-12-months', { kind: 'month', anchor: '2026-Q1' })).toEqual({
      from: '2025-04',
      to: '2026-03',
    });
  });

  it('"this year" is the whole calendar year of the period in view', () => {
    expect(presetRange('this-year', monthly)).toEqual({ from: '2026-01', to: '2026-12' });
    expect(presetRange('this-year', { kind: 'quarter', anchor: '2026-06' })).toEqual({
      from: '2026-Q1',
      to: '2026-Q4',
    });
  });

  it('"all" spans from the first stored value to the later of the last value and now', () => {
    expect(presetRange('all', { ...monthly, earliest: '2024-03', latest: '2026-02' })).toEqual({
      from: '2024-03',
      to: '2026-06',
    });
    expect(presetRange('all', { ...monthly, earliest: '2026-Q1', latest: '2026-09' })).toEqual({
      from: '2026-01',
      to: '2026-09',
    });
  });

  it('"all" without values is the last 12 months', () => {
    expect(presetRange('all', monthly)).toEqual(presetRange('last-12-months', monthly));
  });

  it('recognises which preset a range is', () => {
    expect(matchingPreset({ from: '2025-07', to: '2026-06' }, monthly)).toBe('last-12-months');
    expect(matchingPreset({ from: '2026-01', to: '2026-12' }, monthly)).toBe('this-year');
    expect(matchingPreset({ from: '2026-02', to: '2026-12' }, monthly)).toBeNull();
  });

  it('offers from/to choices newest first, reaching back to the first value', () => {
    const options = rangeOptions({ ...monthly, earliest: '2021-01' }).map((p) => p.key);
    expect(options[0]).toBe('2027-06');
    expect(options).toContain('2026-06');
    expect(options[options.length - 1]).toBe('2021-01');
  });
});

describe('containingPeriod', () => {
  const quarters = ['2026-Q1', '2026-Q2'];

  it('prefers the period itself, else the one holding it', () => {
    expect(containingPeriod(['2026-05', '2026-06'], '2026-06')).toBe('2026-06');
    expect(containingPeriod(quarters, '2026-05')).toBe('2026-Q2');
  });

  it('is null for no selection or one outside the list', () => {
    expect(containingPeriod(quarters, null)).toBeNull();
    expect(containingPeriod(quarters, '2026-09')).toBeNull();
    expect(containingPeriod(quarters, '2026')).toBeNull();
  });
});

describe('historyAnchor', () => {
  const now = new Date(2026, 10, 25);

  it('is the period in view, else the latest with data', () => {
    expect(historyAnchor('2026-Q1', { isError: false }, now)).toBe('2026-Q1');
    expect(historyAnchor(null, { data: { period: '2026-06' }, isError: false }, now)).toBe(
      '2026-06',
    );
  });

  it('waits for the server, and falls back to this month when it has no data', () => {
    expect(historyAnchor(null, { isError: false }, now)).toBeNull();
    expect(historyAnchor(null, { isError: true }, now)).toBe('2026-11');
  });
});

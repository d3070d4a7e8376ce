import { describe, expect, it } from 'vitest';
import { formatDay } from './calendar.ts';
import {
  FIRST_YEAR,
  LAST_YEAR,
  RangeTooLongError,
  nextPeriod,
  parsePeriod,
  periodContains,
  periodCount,
  periodOf,
  periodRange,
} from './period.ts';
import { stepBack } from './frequency.ts';

describe('parsePeriod', () => {
  it.each([
    ['2026', 'year', '2026-01-01', '2026-12-31'],
    [2026, 'year', '2026-01-01', '2026-12-31'],
    ['2026-H2', 'half', '2026-07-01', '2026-12-31'],
    ['2026-q1', 'quarter', '2026-01-01', '2026-03-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2026-W01', 'week', '2025-12-29', '2026-01-04'],
    ['2020-W53', 'week', '2020-12-28', '2021-01-03'],
    ['2026-03-15', 'day', '2026-03-15', '2026-03-15'],
  ] as const)('reads %s as a %s from %s to %s', (input, kind, start, end) => {
    const parsed = parsePeriod(input);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.period.kind).toBe(kind);
    expect(formatDay(parsed.period.start)).toBe(start);
    expect(formatDay(parsed.period.end)).toBe(end);
  });

  it('normalises lower-case letters to the canonical key', () => {
    expect(periodOf('2026-q1').key).toBe('2026-Q1');
    expect(periodOf('2026-w09').key).toBe('2026-W09');
  });

  it.each(['2026-13', '2026-Q5', '2026-H3', '2025-W53', '2026-02-30', '2026-3', 'March', ''])(
    'rejects %j with a message that says what was expected',
    (input) => {
      const parsed = parsePeriod(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain(input === '' ? 'period' : input);
    },
  );
});

describe('the period domain: years 1000 to 9999', () => {
  it.each(['0000', '0999', '0000-01', '0999-Q4', '0000-W01', '0500-H1', '0001-01-01'])(
    'refuses %j, a year before 1000, naming the range',
    (input) => {
      const parsed = parsePeriod(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.message).toContain(`years run from ${FIRST_YEAR} to ${LAST_YEAR}`);
    },
  );

  it.each([0, 999, '999'])('refuses the short year %j', (input) => {
    expect(parsePeriod(input).ok).toBe(false);
  });

  it.each(['10000', '10000-01'])('refuses the five-digit year %j', (input) => {
    expect(parsePeriod(input).ok).toBe(false);
  });

  it.each(['1000', '1000-01-01', '9999', '9999-12-31', '9999-W52'])('accepts %j', (input) => {
    expect(parsePeriod(input).ok).toBe(true);
  });

  it('lists a range that ends in the last period of the calendar', () => {
    expect(periodRange(periodOf('9999-11'), periodOf('9999-12')).map((p) => p.key)).toEqual([
      '9999-11',
      '9999-12',
    ]);
  });
});

describe('periodCount', () => {
  it.each([
    ['2001', '2002', 2],
    ['2024-H2', '2026-H1', 4],
    ['2025-Q3', '2026-Q2', 4],
    ['2025-11', '2026-02', 4],
    ['2025-W52', '2026-W02', 3],
    ['2024-02-27', '2024-03-01', 4],
    ['2026-05', '2026-01', 0],
  ])('counts %s..%s as %i periods, from the keys', (from, to, count) => {
    expect(periodCount(periodOf(from), periodOf(to))).toBe(count);
    expect(periodRange(periodOf(from), periodOf(to))).toHaveLength(count);
  });

  it('refuses a range past its limit before building it, saying how long it is', () => {
    const attempt = () => periodRange(periodOf('1000-01-01'), periodOf('9999-12-31'), 1000);
    expect(attempt).toThrow(RangeTooLongError);
    expect(attempt).toThrow(/has 3287182 periods, more than 1000/);
  });
});

describe('period arithmetic', () => {
  it('knows which periods lie within others', () => {
    expect(periodContains(periodOf('2026-Q1'), periodOf('2026-03'))).toBe(true);
    expect(periodContains(periodOf('2026-Q1'), periodOf('2026-04'))).toBe(false);
    expect(periodContains(periodOf('2026-03'), periodOf('2026-Q1'))).toBe(false);
  });

  it('steps to the next period across year ends', () => {
    expect(nextPeriod(periodOf('2026-12')).key).toBe('2027-01');
    expect(nextPeriod(periodOf('2026-Q4')).key).toBe('2027-Q1');
    expect(nextPeriod(periodOf('2026-H2')).key).toBe('2027-H1');
    expect(nextPeriod(periodOf('2025-W52')).key).toBe('2026-W01');
    expect(nextPeriod(periodOf('2026-12-31')).key).toBe('2027-01-01');
  });

  it('lists a range of periods of one kind', () => {
    expect(periodRange(periodOf('2026-11'), periodOf('2027-02')).map((p) => p.key)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });

  it('steps back one frequency, clamping to shorter months', () => {
    expect(formatDay(stepBack(periodOf('2026-03').end, 'monthly'))).toBe('2026-02-28');
    expect(formatDay(stepBack(periodOf('2026-Q2').end, 'quarterly'))).toBe('2026-03-30');
    expect(formatDay(stepBack(periodOf('2026').end, 'yearly'))).toBe('2025-12-31');
  });
});

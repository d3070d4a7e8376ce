import type { Frequency } from '../model/strategy.ts';
import {
  civilFromDays,
  daysFromCivil,
  formatDay,
  isoWeekOneStart,
  pad2,
  weekdayMondayZero,
} from './calendar.ts';
import { FIRST_YEAR, type Period, type PeriodKind, nextPeriod, periodOf } from './period.ts';

/** The kind of period a KPI of this frequency reports for: a monthly KPI has one value a month. */
export const FREQUENCY_PERIOD_KIND: Readonly<Record<Frequency, PeriodKind>> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  'half-yearly': 'half',
  yearly: 'year',
};

/**
 * The period kind of a frequency given as text (as it arrives from a form or an API), or null
 * when the text is not a frequency.
 */
export function periodKindOfFrequency(frequency: string): PeriodKind | null {
  return Object.hasOwn(FREQUENCY_PERIOD_KIND, frequency)
    ? FREQUENCY_PERIOD_KIND[frequency as Frequency]
    : null;
}

/** The period of `kind` that holds `day` (a day number): 2026-03-15 lies in 2026-Q1, 2026-W11 … */
export function periodContaining(kind: PeriodKind, day: number): Period {
  const { year, month } = civilFromDays(day);
  switch (kind) {
    case 'year':
      return periodOf(`${year}`);
    case 'half':
      return periodOf(`${year}-H${month <= 6 ? 1 : 2}`);
    case 'quarter':
      return periodOf(`${year}-Q${Math.ceil(month / 3)}`);
    case 'month':
      return periodOf(`${year}-${pad2(month)}`);
    case 'week': {
      // An ISO week belongs to the year of its Thursday (so 2027-01-01, a Friday, is in 2026-W53).
      const thursday = day - weekdayMondayZero(day) + 3;
      const weekYear = civilFromDays(thursday).year;
      const week = Math.floor((thursday - isoWeekOneStart(weekYear)) / 7) + 1;
      return periodOf(`${weekYear}-W${pad2(week)}`);
    }
    case 'day':
      return periodOf(formatDay(day));
  }
}

/**
 * The period of the same kind `n` periods before `p` (`prev` in formulas: 2026-03 → 2026-02 for
 * n = 1, 2025-03 for n = 12), or null before the calendar's first year.
 */
export function periodBefore(p: Period, n: number): Period | null {
  let at = p;
  for (let i = 0; i < n; i++) {
    if (at.start - 1 < FIRST_DAY) return null;
    at = periodContaining(at.kind, at.start - 1);
  }
  return at;
}

/**
 * The period of the same kind `steps` periods away (negative: earlier), or null before the
 * calendar's first year.
 */
export function shiftPeriod(p: Period, steps: number): Period | null {
  if (steps <= 0) return periodBefore(p, -steps);
  let at = p;
  for (let i = 0; i < steps; i++) at = nextPeriod(at);
  return at;
}

/**
 * Up to `count` consecutive periods of `last`'s kind, oldest first, ending with `last` (fewer
 * only at the start of the calendar): the columns of a trend.
 */
export function periodsEndingAt(last: Period, count: number): Period[] {
  const out = [last];
  for (let p = last; out.length < count && p.start - 1 >= FIRST_DAY; out.push(p)) {
    p = periodContaining(last.kind, p.start - 1);
  }
  return out.reverse();
}

const FIRST_DAY = daysFromCivil(FIRST_YEAR, 1, 1);

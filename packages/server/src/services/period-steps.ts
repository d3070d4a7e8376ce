import {
  FIRST_YEAR,
  type Period,
  type PeriodKind,
  civilFromDays,
  daysFromCivil,
  formatDay,
  periodOf,
} from '@bearing/core';

/**
 * Stepping back over periods for series that end at a period (trends). Core steps forward
 * (`nextPeriod`); going back is "the period of the same kind that holds the day before".
 * Keys are built here and parsed by core, so core stays the one judge of what a period is.
 */

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Monday = 0 … Sunday = 6; day 0 (1970-01-01) was a Thursday. */
const weekday = (day: number) => (((day + 3) % 7) + 7) % 7;

/** The period of `kind` that holds `day` (a day number, as in `Period.start`). */
export function periodContaining(day: number, kind: PeriodKind): Period {
  const { year, month } = civilFromDays(day);
  const y = pad(year, 4);
  switch (kind) {
    case 'year':
      return periodOf(y);
    case 'half':
      return periodOf(`${y}-H${month <= 6 ? 1 : 2}`);
    case 'quarter':
      return periodOf(`${y}-Q${Math.ceil(month / 3)}`);
    case 'month':
      return periodOf(`${y}-${pad(month, 2)}`);
    case 'week': {
      // ISO 8601: a week belongs to the year that holds its Thursday.
      const thursday = day - weekday(day) + 3;
      const weekYear = civilFromDays(thursday).year;
      const week = Math.floor((thursday - daysFromCivil(weekYear, 1, 1)) / 7) + 1;
      return periodOf(`${pad(weekYear, 4)}-W${pad(week, 2)}`);
    }
    case 'day':
      return periodOf(formatDay(day));
  }
}

/** The first day a period key can name. */
const FIRST_DAY = daysFromCivil(FIRST_YEAR, 1, 1);

/**
 * Up to `count` consecutive periods of `last`'s kind, oldest first, ending with `last` (fewer
 * only at the start of the calendar, year 1000).
 */
export function periodsEndingAt(last: Period, count: number): Period[] {
  const out = [last];
  for (let p = last; out.length < count && p.start - 1 >= FIRST_DAY; out.push(p)) {
    p = periodContaining(p.start - 1, last.kind);
  }
  return out.reverse();
}

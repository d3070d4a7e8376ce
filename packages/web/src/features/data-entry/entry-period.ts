/**
 * Which period a KPI's value is entered for, when the screen shows period P, and whether it is due.
 *
 * - A KPI reported more often than P (a monthly KPI while P is a quarter) gets its last period
 *   inside P: 2026-Q2 → 2026-06. Entering "2026-Q2" instead would override its monthly values
 *   (a value for P itself wins over its sub-periods, docs/scoring.md §3).
 * - Otherwise the value is for P itself. A quarterly KPI viewed by month is entered on the month
 *   that closes its quarter (as the demo's NPS is), because a value for "2026-Q2" does not lie
 *   within June and would not count when June is scored.
 * - Due: every period for KPIs at least as frequent as P; for less frequent ones only when P
 *   closes one of their steps (June for a quarterly KPI, December for a yearly one).
 */
import { civilFromDays, daysFromCivil, formatDay, parsePeriod, type Period } from '@bearing/core';

type CalendarKind = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day';

const FREQUENCY_KIND: Readonly<Record<string, CalendarKind>> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  'half-yearly': 'half',
  yearly: 'year',
};

/** Longer periods rank higher. */
const RANK: Readonly<Record<CalendarKind, number>> = {
  day: 0,
  week: 1,
  month: 2,
  quarter: 3,
  half: 4,
  year: 5,
};

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The ISO week (Monday to Sunday) that contains a day. */
function isoWeekOf(day: number): Period {
  const mondayZero = (((day + 3) % 7) + 7) % 7;
  const thursday = day - mondayZero + 3;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return periodOrThrow(`${year}-W${pad2(week)}`);
}

/** The period of `kind` that contains `day`. */
export function periodContainingDay(kind: CalendarKind, day: number): Period {
  const { year, month } = civilFromDays(day);
  switch (kind) {
    case 'year':
      return periodOrThrow(String(year));
    case 'half':
      return periodOrThrow(`${year}-H${month <= 6 ? 1 : 2}`);
    case 'quarter':
      return periodOrThrow(`${year}-Q${Math.ceil(month / 3)}`);
    case 'month':
      return periodOrThrow(`${year}-${pad2(month)}`);
    case 'week':
      return isoWeekOf(day);
    case 'day':
      return periodOrThrow(formatDay(day));
  }
}

function periodOrThrow(key: string): Period {
  const parsed = parsePeriod(key);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.period;
}

export interface EntryPeriod {
  /** The period key the value is written for. */
  readonly period: string;
  readonly due: boolean;
  /** For a KPI not due in P: the period that closes its current step (shown as "due …"). */
  readonly dueBy: string | null;
}

export function entryPeriod(frequency: string, viewed: string): EntryPeriod | null {
  const parsed = parsePeriod(viewed);
  if (!parsed.ok) return null;
  const p = parsed.period;
  const kpiKind = FREQUENCY_KIND[frequency] ?? 'month';
  const viewKind = p.kind;
  if (RANK[kpiKind] < RANK[viewKind]) {
    // More frequent than P: the last of its periods that lies wholly within P.
    let last = periodContainingDay(kpiKind, p.end);
    if (last.end > p.end) last = periodContainingDay(kpiKind, last.start - 1);
    return { period: last.key, due: true, dueBy: null };
  }
  if (RANK[kpiKind] === RANK[viewKind]) return { period: p.key, due: true, dueBy: null };
  const step = periodContainingDay(kpiKind, p.end);
  const due = step.end === p.end;
  return { period: p.key, due, dueBy: due ? null : formatDay(step.end) };
}

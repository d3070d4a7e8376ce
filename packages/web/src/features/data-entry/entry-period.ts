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
import {
  formatDay,
  parsePeriod,
  periodContaining,
  periodKindOfFrequency,
  type PeriodKind,
} from '@bearing/core';

/** Longer periods rank higher. */
const RANK: Readonly<Record<PeriodKind, number>> = {
  day: 0,
  week: 1,
  month: 2,
  quarter: 3,
  half: 4,
  year: 5,
};

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
  const kpiKind = periodKindOfFrequency(frequency) ?? 'month';
  const viewKind = p.kind;
  if (RANK[kpiKind] < RANK[viewKind]) {
    // More frequent than P: the last of its periods that lies wholly within P.
    let last = periodContaining(kpiKind, p.end);
    if (last.end > p.end) last = periodContaining(kpiKind, last.start - 1);
    return { period: last.key, due: true, dueBy: null };
  }
  if (RANK[kpiKind] === RANK[viewKind]) return { period: p.key, due: true, dueBy: null };
  const step = periodContaining(kpiKind, p.end);
  const due = step.end === p.end;
  return { period: p.key, due, dueBy: due ? null : formatDay(step.end) };
}

/**
 * Period lists for the period picker, from core's period arithmetic (no Date maths of our own).
 */
import {
  nextPeriod,
  parsePeriod,
  periodContaining as containing,
  shiftPeriod,
  type Period,
  type PeriodKind,
} from '@bearing/core';

export type Granularity = Extract<PeriodKind, 'month' | 'quarter' | 'half' | 'year'>;
export const GRANULARITIES: readonly Granularity[] = ['month', 'quarter', 'half', 'year'];

export function granularityOf(key: string): Granularity | null {
  const parsed = parsePeriod(key);
  if (!parsed.ok) return null;
  const kind = parsed.period.kind;
  return (GRANULARITIES as readonly string[]).includes(kind) ? (kind as Granularity) : null;
}

/** The period of `kind` that contains the given period's first day (e.g. 2026-05 → 2026-Q2). */
export function periodContaining(key: string, kind: Granularity): string | null {
  const parsed = parsePeriod(key);
  return parsed.ok ? containing(kind, parsed.period.start).key : null;
}

/** `count` periods of `kind`, newest first, ending `ahead` periods after the one containing `anchor`. */
export function recentPeriods(anchor: string, kind: Granularity, count = 12, ahead = 2): string[] {
  const containing = periodContaining(anchor, kind);
  const parsed = containing === null ? null : parsePeriod(containing);
  if (!parsed?.ok) return [];
  const newest = shift(parsed.period, ahead);
  let cursor = shift(newest, -(count - 1));
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    keys.push(cursor.key);
    cursor = nextPeriod(cursor);
  }
  return keys.reverse();
}

/** The period `steps` periods of the same kind away (negative: earlier); `p` at the calendar's start. */
export function shift(p: Period, steps: number): Period {
  return shiftPeriod(p, steps) ?? p;
}

/** The month of today, for a scorecard that has no values yet (so no "latest" period). */
export function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period for people: "Jun 2026", "Q2 2026", "H1 2026", "2026". */
export function periodLabel(key: string): string {
  const parsed = parsePeriod(key);
  if (!parsed.ok) return key;
  const p = parsed.period;
  if (p.kind === 'month') {
    return `${MONTHS[p.index - 1] ?? p.index} ${p.year}`;
  }
  if (p.kind === 'quarter') return `Q${p.index} ${p.year}`;
  if (p.kind === 'half') return `H${p.index} ${p.year}`;
  return key;
}

import type { Brand } from '../model/ids.ts';
import {
  daysFromCivil,
  daysInMonth,
  formatDay,
  isoWeekOneStart,
  isoWeeksInYear,
  pad2,
} from './calendar.ts';

/** A normalised period key: `2026`, `2026-H1`, `2026-Q1`, `2026-03`, `2026-W09`, `2026-03-15`. */
export type PeriodKey = Brand<string, 'PeriodKey'>;

export const PERIOD_KINDS = ['year', 'half', 'quarter', 'month', 'week', 'day'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A period as a closed interval of day numbers (days since 1970-01-01). */
export interface Period {
  readonly key: PeriodKey;
  readonly kind: PeriodKind;
  readonly year: number;
  /** Half (1–2), quarter (1–4), month (1–12) or ISO week (1–53); 0 for a year; for a day, its month. */
  readonly index: number;
  readonly start: number;
  /** Inclusive. */
  readonly end: number;
}

export type PeriodParse =
  { readonly ok: true; readonly period: Period } | { readonly ok: false; readonly message: string };

/**
 * The calendar Bearing accepts: four-digit years. Keys are written with the year as its four
 * digits, so a year below 1000 would need padding every surface would have to agree on; the
 * file, the API, the CLI and the web app all parse with this function, so none of them can
 * accept a year another refuses.
 */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 9999;

const EXPECTED =
  'a period key: 2026 (year), 2026-H1 (half), 2026-Q1 (quarter), 2026-03 (month), 2026-W09 (ISO week) or 2026-03-15 (day)';

const PATTERNS: readonly { kind: PeriodKind; re: RegExp }[] = [
  { kind: 'year', re: /^(\d{4})$/ },
  { kind: 'half', re: /^(\d{4})-H(\d)$/i },
  { kind: 'quarter', re: /^(\d{4})-Q(\d)$/i },
  { kind: 'month', re: /^(\d{4})-(\d{2})$/ },
  { kind: 'week', re: /^(\d{4})-W(\d{2})$/i },
  { kind: 'day', re: /^(\d{4})-(\d{2})-(\d{2})$/ },
];

/**
 * Parses and normalises a period key. Accepts a bare number for a year (YAML reads `2026` as a
 * number) and lower-case letters (`2026-q1`); everything else must be exact.
 */
export function parsePeriod(input: string | number): PeriodParse {
  const text = typeof input === 'number' ? String(input) : input.trim();
  for (const { kind, re } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const year = Number(m[1]);
    if (year < FIRST_YEAR) return fail(text, `years run from ${FIRST_YEAR} to ${LAST_YEAR}`);
    const a = Number(m[2] ?? 0);
    const b = Number(m[3] ?? 0);
    return build(kind, year, a, b, text);
  }
  return { ok: false, message: `"${text}" is not ${EXPECTED}` };
}

function fail(text: string, why: string): PeriodParse {
  return { ok: false, message: `"${text}" is not a valid period: ${why}` };
}

function build(kind: PeriodKind, year: number, a: number, b: number, text: string): PeriodParse {
  switch (kind) {
    case 'year':
      return ok(kind, year, 0, `${year}`, daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31));
    case 'half': {
      if (a < 1 || a > 2) return fail(text, 'a half is H1 or H2');
      const firstMonth = a === 1 ? 1 : 7;
      return ok(
        kind,
        year,
        a,
        `${year}-H${a}`,
        monthStart(year, firstMonth),
        monthEnd(year, firstMonth + 5),
      );
    }
    case 'quarter': {
      if (a < 1 || a > 4) return fail(text, 'a quarter is Q1 to Q4');
      const firstMonth = (a - 1) * 3 + 1;
      return ok(
        kind,
        year,
        a,
        `${year}-Q${a}`,
        monthStart(year, firstMonth),
        monthEnd(year, firstMonth + 2),
      );
    }
    case 'month':
      if (a < 1 || a > 12) return fail(text, 'a month is 01 to 12');
      return ok(kind, year, a, `${year}-${pad2(a)}`, monthStart(year, a), monthEnd(year, a));
    case 'week': {
      const weeks = isoWeeksInYear(year);
      if (a < 1 || a > weeks) return fail(text, `${year} has ISO weeks W01 to W${weeks}`);
      const start = isoWeekOneStart(year) + (a - 1) * 7;
      return ok(kind, year, a, `${year}-W${pad2(a)}`, start, start + 6);
    }
    case 'day': {
      if (a < 1 || a > 12) return fail(text, 'a month is 01 to 12');
      const last = daysInMonth(year, a);
      if (b < 1 || b > last) return fail(text, `${year}-${pad2(a)} has days 01 to ${last}`);
      const day = daysFromCivil(year, a, b);
      return ok(kind, year, a, `${year}-${pad2(a)}-${pad2(b)}`, day, day);
    }
  }
}

function monthStart(year: number, month: number): number {
  return daysFromCivil(year, month, 1);
}

function monthEnd(year: number, month: number): number {
  return daysFromCivil(year, month, daysInMonth(year, month));
}

function ok(
  kind: PeriodKind,
  year: number,
  index: number,
  key: string,
  start: number,
  end: number,
): PeriodParse {
  return { ok: true, period: { key: key as PeriodKey, kind, year, index, start, end } };
}

/** Parses a key that is known to be valid (normalised keys from the model). Throws otherwise. */
export function periodOf(key: string): Period {
  const parsed = parsePeriod(key);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.period;
}

/** True when `inner` lies wholly within `outer`. */
export function periodContains(outer: Period, inner: Period): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The period of the same kind that follows `p`. */
export function nextPeriod(p: Period): Period {
  switch (p.kind) {
    case 'year':
      return periodOf(`${p.year + 1}`);
    case 'half':
      return periodOf(p.index === 2 ? `${p.year + 1}-H1` : `${p.year}-H2`);
    case 'quarter':
      return periodOf(p.index === 4 ? `${p.year + 1}-Q1` : `${p.year}-Q${p.index + 1}`);
    case 'month':
      return periodOf(p.index === 12 ? `${p.year + 1}-01` : `${p.year}-${pad2(p.index + 1)}`);
    case 'week':
      return periodOf(
        p.index === isoWeeksInYear(p.year)
          ? `${p.year + 1}-W01`
          : `${p.year}-W${pad2(p.index + 1)}`,
      );
    case 'day':
      return dayPeriod(p.end + 1);
  }
}

function dayPeriod(day: number): Period {
  // Go through the parser so the key format lives in one place.
  return periodOf(formatDay(day));
}

/**
 * How many periods of one kind run from `from` to `to`, both included (0 when `to` is before
 * `from`), computed from the keys, so a range is judged before anything is allocated.
 */
export function periodCount(from: Period, to: Period): number {
  sameKind(from, to);
  if (to.start < from.start) return 0;
  switch (from.kind) {
    case 'year':
      return to.year - from.year + 1;
    case 'half':
      return (to.year - from.year) * 2 + to.index - from.index + 1;
    case 'quarter':
      return (to.year - from.year) * 4 + to.index - from.index + 1;
    case 'month':
      return (to.year - from.year) * 12 + to.index - from.index + 1;
    case 'week':
      // ISO weeks start on Mondays, so the day distance is a whole number of weeks.
      return (to.start - from.start) / 7 + 1;
    case 'day':
      return to.start - from.start + 1;
  }
}

/**
 * The periods of one kind from `from` to `to`, both included. Both must be of the same kind.
 * `limit` guards against a range that would allocate without bound (e.g. days over centuries):
 * a longer range throws a RangeTooLongError before any period is built.
 */
export function periodRange(from: Period, to: Period, limit = 10_000): Period[] {
  const count = periodCount(from, to);
  if (count > limit) throw new RangeTooLongError(from, to, count, limit);
  if (count === 0) return [];
  // Stop at `to` itself: the period after the last year of the calendar does not exist.
  const out: Period[] = [from];
  while (out.length < count) out.push(nextPeriod(out[out.length - 1]!));
  return out;
}

/** A range of more periods than the caller allows; `count` says how many it would have been. */
export class RangeTooLongError extends Error {
  constructor(
    readonly from: Period,
    readonly to: Period,
    readonly count: number,
    readonly limit: number,
  ) {
    super(`the range ${from.key}..${to.key} has ${count} periods, more than ${limit}`);
    this.name = 'RangeTooLongError';
  }
}

function sameKind(from: Period, to: Period): void {
  if (from.kind !== to.kind) {
    throw new Error(
      `a range needs two periods of the same kind, got ${from.key} (${from.kind}) and ${to.key} (${to.kind})`,
    );
  }
}

/** Compares two periods by end, then by start: the order in which values become "latest". */
export function comparePeriods(a: Period, b: Period): number {
  return a.end - b.end || a.start - b.start;
}

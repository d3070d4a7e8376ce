/**
 * Period ranges for history charts and value grids: the periods of one kind between two keys,
 * the presets ("last 12 months", "this year", "all"), and moving a range to another kind (a link
 * made on a monthly KPI opened on a quarterly one). Calendar maths is core's; nothing here scores.
 */
import {
  civilFromDays,
  daysFromCivil,
  parsePeriod,
  periodContaining,
  periodKindOfFrequency,
  periodRange,
  type Period,
  type PeriodKind,
} from '@bearing/core';

export interface PeriodRangeKeys {
  readonly from: string;
  readonly to: string;
}

/** The history API refuses more points; a range is cut to this many periods. */
export const MAX_RANGE_PERIODS = 1000;

/** The periods a KPI's values are due in (a quarterly KPI has a value per quarter); months if unknown. */
export function kindOfFrequency(frequency: string): PeriodKind {
  return periodKindOfFrequency(frequency) ?? 'month';
}

export function parseKey(key: string | null | undefined): Period | null {
  if (!key) return null;
  const parsed = parsePeriod(key);
  return parsed.ok ? parsed.period : null;
}

/**
 * A range as periods of `kind`: `from` becomes the period holding its first day, `to` the one
 * holding its last. Null when a key is not a period; the two are swapped when reversed.
 */
export function rangeOfKind(range: PeriodRangeKeys, kind: PeriodKind): PeriodRangeKeys | null {
  const from = parseKey(range.from);
  const to = parseKey(range.to);
  if (!from || !to) return null;
  const [first, last] = from.start <= to.start ? [from, to] : [to, from];
  return {
    from: periodContaining(kind, first.start).key,
    to: periodContaining(kind, Math.max(last.end, first.start)).key,
  };
}

/** The periods of a range, oldest first, at most MAX_RANGE_PERIODS (the newest ones kept). */
export function periodsOf(range: PeriodRangeKeys): Period[] {
  const from = parseKey(range.from);
  const to = parseKey(range.to);
  if (!from || !to || from.kind !== to.kind || from.start > to.start) return [];
  const all: Period[] = [];
  // periodRange throws past its limit; walk back from `to` instead so the newest periods stay.
  try {
    return periodRange(from, to, MAX_RANGE_PERIODS);
  } catch {
    let cursor = to;
    while (all.length < MAX_RANGE_PERIODS) {
      all.unshift(cursor);
      cursor = periodContaining(cursor.kind, cursor.start - 1);
    }
    return all;
  }
}

/** The range clipped to its newest MAX_RANGE_PERIODS periods, as the history API accepts. */
export function clipRange(range: PeriodRangeKeys): PeriodRangeKeys | null {
  const periods = periodsOf(range);
  const first = periods[0];
  const last = periods[periods.length - 1];
  return first && last ? { from: first.key, to: last.key } : null;
}

export type RangePreset = 'last-12-months' | 'this-year' | 'all';

export const RANGE_PRESETS: readonly { value: RangePreset; label: string }[] = [
  { value: 'last-12-months', label: 'Last 12 months' },
  { value: 'this-year', label: 'This year' },
  { value: 'all', label: 'All' },
];

export interface PresetContext {
  readonly kind: PeriodKind;
  /** The period in view (the period picker's, or the latest with data): "now" for the presets. */
  readonly anchor: string;
  /** The earliest and latest period with a stored value, when known ("all"). */
  readonly earliest?: string | null;
  readonly latest?: string | null;
}

/** The range a preset stands for, in periods of the context's kind. */
export function presetRange(preset: RangePreset, ctx: PresetContext): PeriodRangeKeys | null {
  const anchor = parseKey(ctx.anchor);
  if (!anchor) return null;
  const at = (day: number) => periodContaining(ctx.kind, day).key;
  switch (preset) {
    case 'last-12-months': {
      const { year, month } = civilFromDays(anchor.end);
      const index = year * 12 + (month - 1) - 11;
      const start = daysFromCivil(Math.floor(index / 12), (index % 12) + 1, 1);
      return { from: at(start), to: at(anchor.end) };
    }
    case 'this-year': {
      const { year } = civilFromDays(anchor.end);
      return { from: at(daysFromCivil(year, 1, 1)), to: at(daysFromCivil(year, 12, 31)) };
    }
    case 'all': {
      const earliest = parseKey(ctx.earliest);
      const latest = parseKey(ctx.latest);
      if (!earliest) return presetRange('last-12-months', ctx);
      const end = Math.max(anchor.end, latest?.end ?? anchor.end);
      return clipRange({ from: at(earliest.start), to: at(end) });
    }
  }
}

/** Which preset, if any, a range equals (to highlight it in the picker). */
export function matchingPreset(range: PeriodRangeKeys, ctx: PresetContext): RangePreset | null {
  for (const { value } of RANGE_PRESETS) {
    const preset = presetRange(value, ctx);
    if (preset && preset.from === range.from && preset.to === range.to) return value;
  }
  return null;
}

/** Periods of `kind` around the anchor to choose from/to from, newest first. */
export function rangeOptions(ctx: PresetContext, before = 36, after = 12): Period[] {
  const anchor = parseKey(ctx.anchor);
  if (!anchor) return [];
  let newest = periodContaining(ctx.kind, anchor.end);
  for (let i = 0; i < after; i++) newest = periodContaining(ctx.kind, newest.end + 1);
  const latest = parseKey(ctx.latest);
  if (latest && latest.end > newest.end) newest = periodContaining(ctx.kind, latest.end);
  const earliest = parseKey(ctx.earliest);
  const out: Period[] = [];
  let cursor = newest;
  const stopAt = earliest ? Math.min(earliest.start, anchor.start) : anchor.start;
  while (out.length < MAX_RANGE_PERIODS) {
    out.push(cursor);
    if (cursor.start <= stopAt && out.length > before + after) break;
    cursor = periodContaining(ctx.kind, cursor.start - 1);
  }
  return out;
}

/**
 * Of `keys`, the one equal to `selected`, else the one holding it (a month in view on a
 * quarterly chart is its quarter); null when none does.
 */
export function containingPeriod(keys: readonly string[], selected: string | null): string | null {
  const inner = parseKey(selected);
  if (!inner) return null;
  if (keys.includes(inner.key)) return inner.key;
  for (const key of keys) {
    const outer = parseKey(key);
    if (outer && outer.start <= inner.start && inner.end <= outer.end) return outer.key;
  }
  return null;
}

/**
 * "Now" for the history presets: the period in view, else the latest period with data (the
 * server's), else, when the server has none to give, this month. Null while still asking, so
 * no history is fetched for a range that is about to move.
 */
export function historyAnchor(
  period: string | null,
  scores: { readonly data?: { readonly period: string } | undefined; readonly isError: boolean },
  now: Date = new Date(),
): string | null {
  if (period) return period;
  if (scores.data) return scores.data.period;
  if (!scores.isError) return null;
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

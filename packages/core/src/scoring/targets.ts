import type { Kpi, Target } from '../model/strategy.ts';
import type { PeriodCache } from './values.ts';

/** A per-period target with its key's interval. */
export interface PeriodTarget {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly target: Target;
}

/**
 * A KPI's per-period targets sorted by start then end, with the intervals also as typed arrays:
 * the rule (`periodTargetIndex`) reads only those, so the numeric pass can run it over one
 * strategy-wide copy without touching these objects.
 */
export interface PeriodTargets {
  readonly list: readonly PeriodTarget[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const NO_TARGETS: PeriodTargets = Object.freeze({
  list: Object.freeze([]),
  starts: new Int32Array(0),
  ends: new Int32Array(0),
});

export function prepareTargets(kpi: Kpi, periods: PeriodCache): PeriodTargets {
  const keys = Object.keys(kpi.targets);
  if (keys.length === 0) return NO_TARGETS;
  const list: PeriodTarget[] = [];
  for (const key of keys) {
    const period = periods.get(key);
    const target = kpi.targets[key];
    if (period === null || target === undefined) continue;
    list.push({ key: period.key, start: period.start, end: period.end, target });
  }
  list.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    list,
    starts: Int32Array.from(list, (t) => t.start),
    ends: Int32Array.from(list, (t) => t.end),
  };
}

/**
 * Which per-period target is in force for a period ending on `end` (scoring.md §4), among the
 * entries `[from, to)` of `starts`/`ends` (sorted by start then end): the key starting latest
 * while starting on or before `end`. Keys can share a start (`2026`, `2026-Q1`, `2026-01`); then
 * the most specific key still running at P's end wins, else the longest: `2026-Q1` applies to
 * 2026-02 and 2026-Q1, `2026-01` to January, `2026` to the year.
 * Returns -1 when no key applies: the KPI's `target` is then in force.
 */
export function periodTargetIndex(
  starts: Int32Array,
  ends: Int32Array,
  from: number,
  to: number,
  end: number,
): number {
  let last = to - 1;
  while (last >= from && (starts[last] ?? 0) > end) last--;
  if (last < from) return -1;
  const start = starts[last] ?? 0;
  let first = last;
  while (first > from && starts[first - 1] === start) first--;
  // Within one start, entries are sorted by end: the first still running at P's end is the shortest.
  for (let i = first; i < last; i++) if ((ends[i] ?? 0) >= end) return i;
  return last;
}

/** The per-period target in force for a period ending on `end`, or null (see above). */
export function periodTargetFor(targets: PeriodTargets, end: number): PeriodTarget | null {
  const i = periodTargetIndex(targets.starts, targets.ends, 0, targets.list.length, end);
  return i < 0 ? null : (targets.list[i] ?? null);
}

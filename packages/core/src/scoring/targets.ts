import type { Kpi, Target } from '../model/strategy.ts';
import type { PeriodCache } from './values.ts';

/** A per-period target with its key's interval, sorted by start then end. */
export interface PeriodTarget {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly target: Target;
}

const NO_TARGETS: readonly PeriodTarget[] = Object.freeze([]);

export function prepareTargets(kpi: Kpi, periods: PeriodCache): readonly PeriodTarget[] {
  const keys = Object.keys(kpi.targets);
  if (keys.length === 0) return NO_TARGETS;
  const out: PeriodTarget[] = [];
  for (const key of keys) {
    const period = periods.get(key);
    const target = kpi.targets[key];
    if (period === null || target === undefined) continue;
    out.push({ key: period.key, start: period.start, end: period.end, target });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The per-period target in force for a period ending on `end` (scoring.md §4): the key starting
 * latest while starting on or before `end`. Keys can share a start (`2026`, `2026-Q1`, `2026-01`);
 * then the most specific key still running at P's end wins, else the longest: `2026-Q1` applies to
 * 2026-02 and 2026-Q1, `2026-01` to January, `2026` to the year.
 * Returns null when no key applies: the KPI's `target` is then in force.
 */
export function periodTargetFor(
  targets: readonly PeriodTarget[],
  end: number,
): PeriodTarget | null {
  let last = targets.length - 1;
  while (last >= 0 && (targets[last]?.start ?? 0) > end) last--;
  const latest = targets[last];
  if (latest === undefined) return null;
  let first = last;
  while (first > 0 && targets[first - 1]?.start === latest.start) first--;
  // Within one start, entries are sorted by end: the first still running at P's end is the shortest.
  for (let i = first; i < last; i++) {
    const t = targets[i];
    if (t !== undefined && t.end >= end) return t;
  }
  return latest;
}

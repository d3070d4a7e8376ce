import type { Optimization, Target } from '../model/strategy.ts';

/**
 * The score formulas of scoring.md §2 on plain numbers, with NaN for "absent" both in and out
 * (no baseline, no min, no score). Numbers rather than `number | null` and `Target` let the
 * numeric pass feed them from typed arrays: reading boxed fields of 60,000 KPI objects cost as
 * much as the rest of the pass. Every division is guarded: a scale the validator would reject
 * (target == baseline, min >= max, a missing bound) gives NaN (N/A), never a wrong number.
 */
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** `x`, or `fallback` when `x` is absent (NaN): the numeric `??`. */
function or(x: number, fallback: number): number {
  return x === x ? x : fallback;
}

/** Bottom of the scale: `min ?? baseline` for maximize, `min ?? target` for minimize. */
export function scaleLow(
  optimization: Optimization,
  baseline: number,
  target: number,
  min: number,
): number {
  return or(min, optimization === 'minimize' ? target : baseline);
}

/** Top of the scale: `max ?? target` for maximize, `max ?? baseline` for minimize. */
export function scaleHigh(
  optimization: Optimization,
  baseline: number,
  target: number,
  max: number,
): number {
  return or(max, optimization === 'minimize' ? baseline : target);
}

/**
 * A target as the formulas read it: `target` when it is a number, `low`/`high` when it is a
 * range band; the other fields NaN. So a band given to `maximize`, or a number given to `range`,
 * is "no target", as the validator would have it.
 */
export interface TargetNumbers {
  target: number;
  low: number;
  high: number;
}

export function targetNumbers(target: Target | null, out: TargetNumbers): void {
  const band = target !== null && typeof target !== 'number';
  out.target = typeof target === 'number' ? target : NaN;
  out.low = band ? target[0] : NaN;
  out.high = band ? target[1] : NaN;
}

/** The score of value `v` (scoring.md §2); `low`/`high` matter only for `range`. */
export function scoreOf(
  optimization: Optimization,
  v: number,
  baseline: number,
  target: number,
  low: number,
  high: number,
  min: number,
  max: number,
): number {
  switch (optimization) {
    case 'maximize':
    case 'minimize': {
      if (Number.isNaN(target)) return NaN;
      const lo = scaleLow(optimization, baseline, target, min);
      const hi = scaleHigh(optimization, baseline, target, max);
      if (!(hi > lo)) return NaN; // also when either end is absent
      const x = optimization === 'maximize' ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo);
      return Number.isNaN(x) ? NaN : clamp01(x);
    }
    case 'range':
      return rangeScore(v, low, high, min, max);
    case 'binary': {
      if (Number.isNaN(target)) return NaN;
      const lowerIsBetter = baseline > target; // false without a baseline
      return (lowerIsBetter ? v <= target : v >= target) ? 1 : 0;
    }
    case 'none':
      return NaN;
  }
}

/** True when a range KPI's band and bounds satisfy `min < low <= high < max` (false on NaN). */
export function isValidRange(low: number, high: number, min: number, max: number): boolean {
  return min < low && low <= high && high < max;
}

function rangeScore(v: number, low: number, high: number, min: number, max: number): number {
  if (!isValidRange(low, high, min, max)) return NaN;
  if (v >= low && v <= high) return 1;
  const x = v < low ? (v - min) / (low - min) : (max - v) / (max - high);
  return Number.isNaN(x) ? NaN : clamp01(x); // NaN only from infinite bounds
}

/**
 * Progress = (v − baseline) / (target − baseline), not clamped; for `range` it is the score.
 * NaN (N/A) without a baseline, with target == baseline, and for `none` (raw data has no
 * direction). `score` is `scoreOf`'s result.
 */
export function progressOf(
  optimization: Optimization,
  v: number,
  baseline: number,
  target: number,
  score: number,
): number {
  if (optimization === 'range') return score;
  if (optimization === 'none') return NaN;
  if (Number.isNaN(baseline) || Number.isNaN(target) || target === baseline) return NaN;
  const p = (v - baseline) / (target - baseline);
  return Number.isFinite(p) ? p : NaN;
}

import type { Optimization, Target } from '../model/strategy.ts';

/**
 * The score formulas of scoring.md §2 on plain numbers (positional, so the hot path allocates
 * nothing). Every division is guarded: a scale the validator would reject (target == baseline,
 * min >= max, a missing bound) gives null, never NaN.
 */
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Bottom of the scale: `min ?? baseline` for maximize, `min ?? target` for minimize. */
export function scaleLow(
  optimization: Optimization,
  baseline: number | null,
  target: number,
  min: number | null,
): number | null {
  return min ?? (optimization === 'minimize' ? target : baseline);
}

/** Top of the scale: `max ?? target` for maximize, `max ?? baseline` for minimize. */
export function scaleHigh(
  optimization: Optimization,
  baseline: number | null,
  target: number,
  max: number | null,
): number | null {
  return max ?? (optimization === 'minimize' ? baseline : target);
}

export function scoreOf(
  optimization: Optimization,
  v: number,
  baseline: number | null,
  target: Target | null,
  min: number | null,
  max: number | null,
): number | null {
  switch (optimization) {
    case 'maximize':
    case 'minimize': {
      if (typeof target !== 'number') return null;
      const lo = scaleLow(optimization, baseline, target, min);
      const hi = scaleHigh(optimization, baseline, target, max);
      if (lo === null || hi === null || !(hi > lo)) return null;
      const x = optimization === 'maximize' ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo);
      return Number.isNaN(x) ? null : clamp01(x);
    }
    case 'range':
      return rangeScore(v, target, min, max);
    case 'binary': {
      if (typeof target !== 'number') return null;
      const lowerIsBetter = baseline !== null && baseline > target;
      return (lowerIsBetter ? v <= target : v >= target) ? 1 : 0;
    }
    case 'none':
      return null;
  }
}

/** True when a range KPI's band and bounds satisfy `min < low <= high < max`. */
export function isValidRange(
  target: Target | null,
  min: number | null,
  max: number | null,
): target is readonly [number, number] {
  if (target === null || typeof target === 'number' || min === null || max === null) return false;
  return min < target[0] && target[0] <= target[1] && target[1] < max;
}

function rangeScore(
  v: number,
  target: Target | null,
  min: number | null,
  max: number | null,
): number | null {
  if (!isValidRange(target, min, max) || min === null || max === null) return null;
  const [low, high] = target;
  if (v >= low && v <= high) return 1;
  const x = v < low ? (v - min) / (low - min) : (max - v) / (max - high);
  return Number.isNaN(x) ? null : clamp01(x); // NaN only from infinite bounds
}

/**
 * Progress = (v − baseline) / (target − baseline), not clamped; for `range` it is the score.
 * Null without a baseline, with target == baseline, and for `none` (raw data has no direction).
 */
export function progressOf(
  optimization: Optimization,
  v: number,
  baseline: number | null,
  target: Target | null,
  score: number | null,
): number | null {
  if (optimization === 'range') return score;
  if (optimization === 'none') return null;
  if (baseline === null || typeof target !== 'number' || target === baseline) return null;
  const p = (v - baseline) / (target - baseline);
  return Number.isFinite(p) ? p : null;
}

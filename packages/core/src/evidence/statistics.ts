import { sampleCorrelation, shuffleInPlace } from 'simple-statistics';
import type { RandomSource } from './random.ts';

/**
 * The numerics of the evidence test on plain arrays, NaN meaning "no observation". Pure and
 * deterministic: the only randomness is the seeded source passed in.
 */

/** Period-to-period changes: `out[t] = x[t + 1] − x[t]`, NaN unless both are observed. */
export function differences(x: readonly number[]): number[] {
  const out: number[] = [];
  for (let t = 1; t < x.length; t++) out.push((x[t] ?? NaN) - (x[t - 1] ?? NaN));
  return out;
}

/**
 * Where the cause `lag` steps earlier and the effect are both observed: the positions `t` of
 * the effect with `t − lag` a cause observation, as two aligned index lists.
 */
export interface LagPairs {
  readonly lag: number;
  readonly cause: readonly number[];
  readonly effect: readonly number[];
}

export function lagPairs(
  cause: readonly number[],
  effect: readonly number[],
  lag: number,
): LagPairs {
  const c: number[] = [];
  const e: number[] = [];
  for (let t = lag; t < effect.length; t++) {
    if (Number.isFinite(cause[t - lag]) && Number.isFinite(effect[t])) {
      c.push(t - lag);
      e.push(t);
    }
  }
  return { lag, cause: c, effect: e };
}

/** Pearson's r of `x` and `y` read at the given index lists; NaN when either does not vary. */
export function correlationAt(
  x: readonly number[],
  xi: readonly number[],
  y: readonly number[],
  yi: readonly number[],
): number {
  if (xi.length < 2) return NaN;
  const r = sampleCorrelation(
    xi.map((i) => x[i] ?? NaN),
    yi.map((i) => y[i] ?? NaN),
  );
  return Number.isFinite(r) ? r : NaN;
}

/**
 * The same r as `correlationAt` in one pass without allocating, for the permutation loop's
 * thousands of evaluations. A test keeps the two equal.
 */
export function fastCorrelationAt(
  x: readonly number[],
  xi: readonly number[],
  y: readonly number[],
  yi: readonly number[],
): number {
  const n = xi.length;
  if (n < 2) return NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[xi[i] ?? 0] ?? 0;
    my += y[yi[i] ?? 0] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[xi[i] ?? 0] ?? 0) - mx;
    const dy = (y[yi[i] ?? 0] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const r = sxy / Math.sqrt(sxx * syy);
  return Number.isFinite(r) ? r : NaN;
}

/** The lag with the strongest relation (largest |r|; the shorter lag on a tie). */
export interface BestLag {
  readonly lag: number;
  readonly correlation: number;
  readonly n: number;
}

export function bestLag(
  cause: readonly number[],
  effect: readonly number[],
  pairs: readonly LagPairs[],
): BestLag | null {
  let best: BestLag | null = null;
  for (const p of pairs) {
    const r = correlationAt(cause, p.cause, effect, p.effect);
    if (Number.isNaN(r)) continue;
    if (best === null || Math.abs(r) > Math.abs(best.correlation))
      best = { lag: p.lag, correlation: r, n: p.cause.length };
  }
  return best;
}

/**
 * A permutation test of the best-lag statistic: the cause's changes are shuffled among the
 * periods they were observed in (which breaks any relation in time but keeps their values),
 * and the largest |r| over the same lags is recomputed each time. The p-value is the share of
 * shuffles at least as strong as what was observed, counting the observation itself, so the
 * search over lags is paid for and p is never 0.
 */
export function permutationPValue(
  cause: readonly number[],
  effect: readonly number[],
  pairs: readonly LagPairs[],
  observed: number,
  permutations: number,
  random: RandomSource,
): number {
  const positions: number[] = [];
  cause.forEach((v, i) => {
    if (Number.isFinite(v)) positions.push(i);
  });
  const pool = positions.map((i) => cause[i] ?? NaN);
  const shuffled = cause.slice();
  // Rounding can make a shuffle that equals the observation come out a hair below it.
  const bar = Math.abs(observed) - 1e-12;
  let atLeast = 0;
  for (let b = 0; b < permutations; b++) {
    shuffleInPlace(pool, random);
    for (let i = 0; i < positions.length; i++) shuffled[positions[i] ?? 0] = pool[i] ?? NaN;
    let strongest = 0;
    for (const p of pairs) {
      const r = Math.abs(fastCorrelationAt(shuffled, p.cause, effect, p.effect));
      if (r > strongest) strongest = r;
    }
    if (strongest >= bar) atLeast++;
  }
  return (atLeast + 1) / (permutations + 1);
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values), in the order given: the smallest false
 * discovery rate at which each test would be declared significant.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p || b.i - a.i);
  const q = new Array<number>(m).fill(NaN);
  let running = 1;
  order.forEach(({ p, i }, k) => {
    const rank = m - k;
    running = Math.min(running, (p * m) / rank);
    q[i] = running;
  });
  return q;
}

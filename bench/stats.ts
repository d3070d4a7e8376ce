import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Timing of one measure: the median of several runs after warm-up, in milliseconds. */
export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export interface MeasureOptions {
  /** Runs before timing starts, so the JIT has compiled the hot paths. */
  readonly warmup: number;
  readonly runs: number;
}

/**
 * Collects garbage once before a measure starts, so it does not pay for the previous measure's
 * garbage (a parse of a 50 MB file leaves a lot). Not before every run: a full collection evicts
 * the caches and would make every sample a cold one, while the garbage a function makes itself
 * is part of its cost. `npm run bench` starts node without --expose-gc; the flag can still be set
 * at run time and `gc` fetched from a fresh context.
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? (gc as () => void) : () => undefined;
})();

/** Results are kept here so the JIT cannot drop a computation whose result nobody reads. */
export let sink: unknown = null;

export function measure(fn: () => unknown, options: MeasureOptions): Timing {
  collectGarbage();
  const samples: number[] = [];
  for (let i = 0; i < options.warmup + options.runs; i++) {
    // Drop the previous result first: kept alive during the next run, a large result would be
    // promoted to the old generation and charge that run with a major collection.
    sink = null;
    const start = performance.now();
    sink = fn();
    if (i >= options.warmup) samples.push(performance.now() - start);
  }
  sink = null;
  return summarize(samples);
}

export function summarize(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new Error('no samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** Times one call (for one-off steps such as generating the enterprise). */
export function timeOnce<T>(fn: () => T): { readonly value: T; readonly ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

import type { Kpi } from '../model/strategy.ts';
import { parsePeriod, type Period, type PeriodKey } from '../periods/period.ts';

/**
 * KPI values as flat typed arrays: one store per strategy, each KPI a slice `[from, to)` of it,
 * sorted by period end then start (the `comparePeriods` order). One buffer instead of three
 * typed arrays per KPI keeps preparation cheap for tens of thousands of KPIs, and the hot path
 * reads contiguous memory.
 */
export interface ValueStore {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly values: Float64Array;
  /** Index into `periodKeys` of each value's period: a typed array, not millions of strings. */
  readonly keyIds: Int32Array;
  /** The distinct period keys, shared with the `PeriodCache` that filled the store. */
  readonly periodKeys: readonly PeriodKey[];
}

/** The period key of value `i` of a store. */
export function keyAt(store: ValueStore, i: number): PeriodKey | null {
  return store.periodKeys[store.keyIds[i] ?? -1] ?? null;
}

export interface ValueSlice {
  readonly from: number;
  readonly to: number;
}

/** A parsed period with its index in the cache's list of distinct keys. */
export interface CachedPeriod {
  readonly period: Period;
  readonly id: number;
}

/** Parses period keys once per distinct key: millions of values share a few dozen keys. */
export class PeriodCache {
  private readonly byKey = new Map<string, CachedPeriod | null>();
  readonly keys: PeriodKey[] = [];

  lookup(key: string): CachedPeriod | null {
    let cached = this.byKey.get(key);
    if (cached === undefined) {
      const parsed = parsePeriod(key);
      cached = parsed.ok ? { period: parsed.period, id: this.keys.length } : null;
      if (parsed.ok) this.keys.push(parsed.period.key);
      this.byKey.set(key, cached);
    }
    return cached;
  }

  get(key: string): Period | null {
    return this.lookup(key)?.period ?? null;
  }
}

export function createValueStore(size: number, periods: PeriodCache): ValueStore {
  return {
    starts: new Int32Array(size),
    ends: new Int32Array(size),
    values: new Float64Array(size),
    keyIds: new Int32Array(size),
    periodKeys: periods.keys,
  };
}

/**
 * Appends a KPI's values at `from` and returns its slice. Values with a key that does not parse
 * are skipped: the model is validated elsewhere, and scoring must never throw on data.
 */
export function appendValues(
  store: ValueStore,
  from: number,
  kpi: Kpi,
  periods: PeriodCache,
): ValueSlice {
  const { starts, ends, values, keyIds } = store;
  let to = from;
  let sorted = true;
  for (const item of kpi.values) {
    const cached = periods.lookup(item.period);
    if (cached === null) continue;
    starts[to] = cached.period.start;
    ends[to] = cached.period.end;
    values[to] = item.value;
    keyIds[to] = cached.id;
    if (to > from && isBefore(store, to, to - 1)) sorted = false;
    to++;
  }
  // The model sorts values by key, which is not end order across kinds (2026 vs 2026-03).
  if (!sorted) sortSlice(store, from, to);
  return { from, to };
}

function isBefore(store: ValueStore, a: number, b: number): boolean {
  const ea = store.ends[a] ?? 0;
  const eb = store.ends[b] ?? 0;
  return ea < eb || (ea === eb && (store.starts[a] ?? 0) < (store.starts[b] ?? 0));
}

function sortSlice(store: ValueStore, from: number, to: number): void {
  const order = Array.from({ length: to - from }, (_, i) => from + i);
  order.sort((a, b) => (isBefore(store, a, b) ? -1 : isBefore(store, b, a) ? 1 : a - b));
  const starts = order.map((i) => store.starts[i] ?? 0);
  const ends = order.map((i) => store.ends[i] ?? 0);
  const values = order.map((i) => store.values[i] ?? 0);
  const keyIds = order.map((i) => store.keyIds[i] ?? 0);
  for (let i = 0; i < order.length; i++) {
    store.starts[from + i] = starts[i] ?? 0;
    store.ends[from + i] = ends[i] ?? 0;
    store.values[from + i] = values[i] ?? 0;
    store.keyIds[from + i] = keyIds[i] ?? 0;
  }
}

/** First index in `[from, to)` whose period ends after `day` (binary search). */
export function upperBoundByEnd(ends: Int32Array, from: number, to: number, day: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] ?? 0) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

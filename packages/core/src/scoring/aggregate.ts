import type { Aggregation } from '../model/strategy.ts';
import { upperBoundByEnd, type ValueSlice, type ValueStore } from './values.ts';

/**
 * The value of a KPI for a period P (scoring.md §4): fold the values whose period lies within P
 * by the KPI's aggregation; with none and `carryForward`, take the latest value ending on or
 * before P's end and mark it stale.
 */
export interface FoldResult {
  /** The folded value; meaningful only when `found`. */
  value: number;
  found: boolean;
  /** Index of the single value used (for `valuePeriod`), or -1 when several were folded. */
  index: number;
  stale: boolean;
  /** Index of the latest value ending on or before P's end, or -1: decides `overdue`. */
  latest: number;
}

export function createFoldResult(): FoldResult {
  return { value: 0, found: false, index: -1, stale: false, latest: -1 };
}

/**
 * Writes into `out` (one object per scoring run) so the hot path allocates nothing per KPI.
 *
 * A value recorded for P itself wins over values of its sub-periods: a yearly figure entered
 * next to monthly ones is the authoritative one, and folding both would count the year twice.
 */
export function foldValues(
  store: ValueStore,
  from: number,
  to: number,
  aggregation: Aggregation,
  carryForward: boolean,
  start: number,
  end: number,
  out: FoldResult,
): void {
  const { starts, ends, values } = store;
  const hi = upperBoundByEnd(ends, from, to, end);
  out.latest = hi > from ? hi - 1 : -1;
  out.stale = false;
  let count = 0;
  let acc = 0;
  let pick = -1;
  for (let i = hi - 1; i >= from; i--) {
    const e = ends[i] ?? 0;
    // Sorted by end: once a value ends before P starts, so do all earlier ones.
    if (e < start) break;
    const s = starts[i] ?? 0;
    if (s < start) continue;
    const v = values[i] ?? 0;
    if (s === start && e === end) {
      setFound(out, v, i);
      return;
    }
    count++;
    if (count === 1) {
      acc = v;
      pick = i;
      continue;
    }
    switch (aggregation) {
      case 'last':
        break; // the first one met scanning backwards is the latest
      case 'sum':
      case 'average':
        acc += v;
        pick = -1;
        break;
      case 'min':
        if (v < acc) {
          acc = v;
          pick = i;
        }
        break;
      case 'max':
        if (v > acc) {
          acc = v;
          pick = i;
        }
        break;
    }
  }
  if (count > 0) {
    setFound(out, aggregation === 'average' ? acc / count : acc, pick);
    return;
  }
  if (carryForward && out.latest >= 0) {
    setFound(out, values[out.latest] ?? 0, out.latest);
    out.stale = true;
    return;
  }
  out.found = false;
  out.index = -1;
  out.value = 0;
}

function setFound(out: FoldResult, value: number, index: number): void {
  // A sum can overflow to Infinity; report no value rather than an unscorable number.
  out.found = Number.isFinite(value);
  out.value = out.found ? value : 0;
  out.index = index;
}

/** Indexes of the values lying within [start, end], latest first: for explanations only. */
export function valuesWithin(
  store: ValueStore,
  slice: ValueSlice,
  start: number,
  end: number,
): number[] {
  const out: number[] = [];
  const hi = upperBoundByEnd(store.ends, slice.from, slice.to, end);
  for (let i = hi - 1; i >= slice.from; i--) {
    if ((store.ends[i] ?? 0) < start) break;
    if ((store.starts[i] ?? 0) >= start) out.push(i);
  }
  const exact = out.find((i) => store.starts[i] === start && store.ends[i] === end);
  return exact === undefined ? out : [exact];
}

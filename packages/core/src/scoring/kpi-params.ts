import type { Aggregation, Optimization } from '../model/strategy.ts';
import { targetNumbers, type TargetNumbers } from './formula.ts';
import type { PreparedKpi } from './kpi-score.ts';
import type { ValueStore } from './values.ts';
import type { CompiledFormula } from '../formulas/compile.ts';
import { FormulaValues } from './formula-values.ts';

/**
 * What the numeric pass reads of each KPI, as parallel arrays (NaN for an absent number): the
 * KPI objects' fields are boxed and scattered over the heap, and reading them cost as much as the
 * arithmetic. Built once per prepared strategy (or per lone KPI); index = `PreparedKpi.index`.
 */
export interface KpiParams {
  readonly kpis: readonly PreparedKpi[];
  /** The value store every KPI here slices (one per strategy). */
  readonly store: ValueStore;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly aggregation: readonly Aggregation[];
  readonly carryForward: Uint8Array;
  readonly optimization: readonly Optimization[];
  readonly baseline: Float64Array;
  /** The KPI's `target` as numbers (`targetNumbers`); per-period targets are read per run. */
  readonly target: Float64Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
  /** Per-period targets (CSR): KPI k's are entries `targetFrom[k] .. targetFrom[k + 1]`. */
  readonly targetFrom: Int32Array;
  readonly targetStart: Int32Array;
  readonly targetEnd: Int32Array;
  readonly periodTarget: Float64Array;
  readonly periodLow: Float64Array;
  readonly periodHigh: Float64Array;
  readonly frequency: Uint8Array;
  /** Values of the calculated KPIs; null when there are none (most strategies). */
  readonly calculated: FormulaValues | null;
}

/** `formulas`: each KPI's compiled formula by index (null for an entered KPI), from prepare. */
export function kpiParams(
  kpis: readonly PreparedKpi[],
  store: ValueStore,
  formulas: readonly (CompiledFormula | null)[] = [],
): KpiParams {
  const n = kpis.length;
  const t: TargetNumbers = { target: NaN, low: NaN, high: NaN };
  const target = new Float64Array(n);
  const low = new Float64Array(n);
  const high = new Float64Array(n);
  kpis.forEach((pk, i) => {
    targetNumbers(pk.target, t);
    target[i] = t.target;
    low[i] = t.low;
    high[i] = t.high;
  });
  const periodTargets = kpis.flatMap((k) => k.targets.list);
  const targetFrom = new Int32Array(n + 1);
  kpis.forEach((k, i) => (targetFrom[i + 1] = (targetFrom[i] ?? 0) + k.targets.list.length));
  const encoded = periodTargets.map((p) => {
    const e: TargetNumbers = { target: NaN, low: NaN, high: NaN };
    targetNumbers(p.target, e);
    return e;
  });
  const params: Omit<KpiParams, 'calculated'> = {
    kpis,
    store,
    from: Int32Array.from(kpis, (k) => k.from),
    to: Int32Array.from(kpis, (k) => k.to),
    aggregation: kpis.map((k) => k.aggregation),
    carryForward: Uint8Array.from(kpis, (k) => (k.carryForward ? 1 : 0)),
    optimization: kpis.map((k) => k.optimization),
    baseline: Float64Array.from(kpis, (k) => k.baseline ?? NaN),
    target,
    low,
    high,
    min: Float64Array.from(kpis, (k) => k.min ?? NaN),
    max: Float64Array.from(kpis, (k) => k.max ?? NaN),
    targetFrom,
    targetStart: Int32Array.from(periodTargets, (p) => p.start),
    targetEnd: Int32Array.from(periodTargets, (p) => p.end),
    periodTarget: Float64Array.from(encoded, (e) => e.target),
    periodLow: Float64Array.from(encoded, (e) => e.low),
    periodHigh: Float64Array.from(encoded, (e) => e.high),
    frequency: Uint8Array.from(kpis, (k) => k.frequency),
  };
  const calculated = formulas.some((f) => f !== null) ? new FormulaValues(params, formulas) : null;
  return { ...params, calculated };
}

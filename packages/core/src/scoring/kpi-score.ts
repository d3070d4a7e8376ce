import type { KpiId } from '../model/ids.ts';
import type {
  Aggregation,
  Indicator,
  Kpi,
  Optimization,
  Target,
  Thresholds,
} from '../model/strategy.ts';
import type { Period } from '../periods/period.ts';
import { foldValues } from './aggregate.ts';
import { createRunContext, frequencyIndex, type RunContext } from './context.ts';
import { progressOf, scoreOf } from './formula.ts';
import { kpiParams, type KpiParams } from './kpi-params.ts';
import { statusFor } from './status.ts';
import {
  periodTargetFor,
  periodTargetIndex,
  prepareTargets,
  type PeriodTargets,
} from './targets.ts';
import type { Coverage, KpiScore } from './types.ts';
import {
  PeriodCache,
  appendValues,
  createValueStore,
  keyAt,
  type ValueSlice,
  type ValueStore,
} from './values.ts';

/** A KPI with everything scoring needs resolved once: sorted values, targets, thresholds. */
export interface PreparedKpi extends ValueSlice {
  readonly kpi: Kpi;
  // Copies of the fields the hot path reads, so every read hits one object shape whatever
  // produced the model (parser, factory, database).
  readonly id: KpiId;
  readonly name: string;
  readonly unit: string | null;
  readonly indicator: Indicator | null;
  readonly optimization: Optimization;
  readonly baseline: number | null;
  readonly target: Target | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly weight: number;
  readonly aggregation: Aggregation;
  readonly carryForward: boolean;
  readonly store: ValueStore;
  readonly targets: PeriodTargets;
  /** The KPI's override, else its scorecard's (scoring.md §5). */
  readonly thresholds: Thresholds;
  readonly frequency: number;
  /** Dense index over the whole strategy: the KPI's slot in a run's `KpiNumbers`. */
  readonly index: number;
}

// Shared, frozen coverage objects: a KPI is its own single child, so three shapes cover them all.
const SCORED: Coverage = Object.freeze({ scored: 1, total: 1 });
const UNSCORED: Coverage = Object.freeze({ scored: 0, total: 1 });
const NOT_SCORABLE: Coverage = Object.freeze({ scored: 0, total: 0 });

export function preparedKpi(
  kpi: Kpi,
  store: ValueStore,
  slice: ValueSlice,
  thresholds: Thresholds,
  periods: PeriodCache,
  index = 0,
): PreparedKpi {
  return {
    kpi,
    id: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    indicator: kpi.indicator,
    optimization: kpi.optimization,
    baseline: kpi.baseline,
    target: kpi.target,
    min: kpi.min,
    max: kpi.max,
    weight: kpi.weight,
    aggregation: kpi.aggregation,
    carryForward: kpi.carryForward,
    store,
    from: slice.from,
    to: slice.to,
    targets: prepareTargets(kpi, periods),
    thresholds: kpi.thresholds ?? thresholds,
    frequency: frequencyIndex(kpi.frequency),
    index,
  };
}

/** Prepares a lone KPI (its own value store): for `scoreKpi`, explanations and tests. */
export function prepareKpi(kpi: Kpi, thresholds: Thresholds): PreparedKpi {
  const periods = new PeriodCache();
  const store = createValueStore(kpi.values.length, periods);
  return preparedKpi(kpi, store, appendValues(store, 0, kpi, periods), thresholds, periods);
}

/** The target in force for the run's period: a per-period target, else the KPI's `target`. */
export function targetInForce(pk: PreparedKpi, period: Period): Target | null {
  if (pk.targets.list.length === 0) return pk.target;
  return periodTargetFor(pk.targets, period.end)?.target ?? pk.target;
}

/**
 * A run's KPI results as numbers, indexed by `PreparedKpi.index`: NaN stands for null, so the
 * numeric pass writes no objects. `source` says where the value came from (`SOURCE_*` or an
 * index into the value store, for `valuePeriod`); `flags` holds `STALE` and `OVERDUE`.
 */
export interface KpiNumbers {
  readonly value: Float64Array;
  readonly score: Float64Array;
  readonly progress: Float64Array;
  readonly source: Int32Array;
  readonly flags: Uint8Array;
}

/** No value for the period. */
export const SOURCE_NONE = -2;
/** Several values folded into one: `valuePeriod` is P itself. */
export const SOURCE_PERIOD = -1;
export const STALE = 1;
export const OVERDUE = 2;

/** `blank`: NaN and `SOURCE_NONE` everywhere; skipped when a run will write every slot. */
export function createKpiNumbers(size: number, blank = true): KpiNumbers {
  const out = {
    value: new Float64Array(size),
    score: new Float64Array(size),
    progress: new Float64Array(size),
    source: new Int32Array(size),
    flags: new Uint8Array(size),
  };
  if (blank) {
    out.value.fill(NaN);
    out.score.fill(NaN);
    out.progress.fill(NaN);
    out.source.fill(SOURCE_NONE);
  }
  return out;
}

/**
 * The hot path: KPI `k` of `params` as of the run's period, written into slot `i` of `out`.
 * Reads only typed arrays: no KPI object, no boxed number.
 */
export function scoreKpiInto(
  params: KpiParams,
  k: number,
  ctx: RunContext,
  out: KpiNumbers,
  i: number,
): void {
  const period = ctx.period;
  const fold = ctx.fold;
  const store = params.store;
  const calculated = params.calculated;
  if (calculated !== null && calculated.isCalculated(k)) {
    // A calculated KPI's value comes from its inputs as of P (formulas.md): "found" when the
    // formula has a value; never overdue itself (its inputs are).
    fold.value = calculated.valueAt(k, period);
    fold.found = !Number.isNaN(fold.value);
    fold.index = -1;
    fold.stale = calculated.stale;
    fold.latest = -1;
  } else {
    foldValues(
      store,
      params.from[k] ?? 0,
      params.to[k] ?? 0,
      params.aggregation[k] ?? 'last',
      params.carryForward[k] === 1,
      period.start,
      period.end,
      fold,
    );
  }
  let value = NaN;
  let score = NaN;
  let progress = NaN;
  let source = SOURCE_NONE;
  let flags = 0;
  if (fold.found) {
    // The target in force: a per-period one (same rule as `targetInForce`), else the KPI's.
    const first = params.targetFrom[k] ?? 0;
    const last = params.targetFrom[k + 1] ?? 0;
    const j =
      first === last
        ? -1
        : periodTargetIndex(params.targetStart, params.targetEnd, first, last, period.end);
    const target = (j < 0 ? params.target[k] : params.periodTarget[j]) ?? NaN;
    const low = (j < 0 ? params.low[k] : params.periodLow[j]) ?? NaN;
    const high = (j < 0 ? params.high[k] : params.periodHigh[j]) ?? NaN;
    const optimization = params.optimization[k] ?? 'none';
    const baseline = params.baseline[k] ?? NaN;
    const min = params.min[k] ?? NaN;
    const max = params.max[k] ?? NaN;
    value = fold.value;
    score = scoreOf(optimization, value, baseline, target, low, high, min, max);
    progress = progressOf(optimization, value, baseline, target, score);
    source = fold.index < 0 ? SOURCE_PERIOD : fold.index;
    if (fold.stale) flags |= STALE;
  }
  const latest = fold.latest;
  const due = ctx.dueBy[params.frequency[k] ?? 0] ?? 0;
  // No value at all up to P counts as overdue: the data was due and is missing.
  const entered = calculated === null || !calculated.isCalculated(k);
  if (entered && (latest < 0 || (store.ends[latest] ?? 0) < due)) flags |= OVERDUE;
  out.value[i] = value;
  out.score[i] = score;
  out.progress[i] = progress;
  out.source[i] = source;
  out.flags[i] = flags;
}

/** Reads a numeric pass's slot back: NaN (and a slot out of range) is null. */
export function nullIfNaN(x: number | undefined): number | null {
  return x === undefined || Number.isNaN(x) ? null : x;
}

/** The presentation of slot `i` of `numbers`: the `KpiScore` object, no arithmetic. */
export function kpiScoreFrom(
  pk: PreparedKpi,
  numbers: KpiNumbers,
  i: number,
  period: Period,
): KpiScore {
  const score = nullIfNaN(numbers.score[i]);
  const source = numbers.source[i] ?? SOURCE_NONE;
  const flags = numbers.flags[i] ?? 0;
  const optimization = pk.optimization;
  return {
    id: pk.id,
    name: pk.name,
    score,
    status: statusFor(score, pk.thresholds),
    coverage: optimization === 'none' ? NOT_SCORABLE : score === null ? UNSCORED : SCORED,
    value: nullIfNaN(numbers.value[i]),
    progress: nullIfNaN(numbers.progress[i]),
    target: targetInForce(pk, period),
    baseline: pk.baseline,
    unit: pk.unit,
    indicator: pk.indicator,
    optimization,
    weight: pk.weight,
    period: period.key,
    valuePeriod:
      source === SOURCE_NONE
        ? null
        : source === SOURCE_PERIOD
          ? period.key
          : keyAt(pk.store, source),
    stale: (flags & STALE) !== 0,
    overdue: (flags & OVERDUE) !== 0,
  };
}

/** One KPI as an object, through the same numeric step (for `scoreKpi` and explanations). */
export function scorePreparedKpi(pk: PreparedKpi, ctx: RunContext): KpiScore {
  const one = createKpiNumbers(1);
  scoreKpiInto(kpiParams([pk], pk.store), 0, ctx, one, 0);
  return kpiScoreFrom(pk, one, 0, ctx.period);
}

/**
 * Scores one KPI as of `period`. `thresholds` are its scorecard's; the KPI's own override wins.
 * Prepares the KPI on every call: use `prepareStrategy` and `scoreScorecard` for volume.
 */
export function scoreKpi(kpi: Kpi, period: Period, thresholds: Thresholds): KpiScore {
  return scorePreparedKpi(prepareKpi(kpi, thresholds), createRunContext(period));
}

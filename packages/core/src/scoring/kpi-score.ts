import type { KpiId } from '../model/ids.ts';
import type {
  Aggregation,
  Indicator,
  Kpi,
  Optimization,
  Target,
  Thresholds,
} from '../model/strategy.ts';
import type { Period, PeriodKey } from '../periods/period.ts';
import { foldValues } from './aggregate.ts';
import { createRunContext, frequencyIndex, type RunContext } from './context.ts';
import { progressOf, scoreOf } from './formula.ts';
import { statusFor } from './status.ts';
import { periodTargetFor, prepareTargets, type PeriodTarget } from './targets.ts';
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
  readonly targets: readonly PeriodTarget[];
  /** The KPI's override, else its scorecard's (scoring.md §5). */
  readonly thresholds: Thresholds;
  readonly frequency: number;
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
  if (pk.targets.length === 0) return pk.target;
  return periodTargetFor(pk.targets, period.end)?.target ?? pk.target;
}

/** The hot path: one KPI as of the run's period, building the output object directly. */
export function scorePreparedKpi(pk: PreparedKpi, ctx: RunContext): KpiScore {
  const period = ctx.period;
  const fold = ctx.fold;
  const store = pk.store;
  foldValues(store, pk, pk.aggregation, pk.carryForward, period.start, period.end, fold);
  const target = pk.targets.length === 0 ? pk.target : targetInForce(pk, period);
  const optimization = pk.optimization;
  let value: number | null = null;
  let score: number | null = null;
  let progress: number | null = null;
  let valuePeriod: PeriodKey | null = null;
  if (fold.found) {
    value = fold.value;
    score = scoreOf(optimization, value, pk.baseline, target, pk.min, pk.max);
    progress = progressOf(optimization, value, pk.baseline, target, score);
    valuePeriod = fold.index < 0 ? period.key : keyAt(store, fold.index);
  }
  const latest = fold.latest;
  return {
    id: pk.id,
    name: pk.name,
    score,
    status: statusFor(score, pk.thresholds),
    coverage: optimization === 'none' ? NOT_SCORABLE : score === null ? UNSCORED : SCORED,
    value,
    progress,
    target,
    baseline: pk.baseline,
    unit: pk.unit,
    indicator: pk.indicator,
    optimization,
    weight: pk.weight,
    period: period.key,
    valuePeriod,
    stale: fold.found && fold.stale,
    // No value at all up to P counts as overdue: the data was due and is missing.
    overdue: latest < 0 || (store.ends[latest] ?? 0) < (ctx.dueBy[pk.frequency] ?? 0),
  };
}

/**
 * Scores one KPI as of `period`. `thresholds` are its scorecard's; the KPI's own override wins.
 * Prepares the KPI on every call: use `prepareStrategy` and `scoreScorecard` for volume.
 */
export function scoreKpi(kpi: Kpi, period: Period, thresholds: Thresholds): KpiScore {
  return scorePreparedKpi(prepareKpi(kpi, thresholds), createRunContext(period));
}

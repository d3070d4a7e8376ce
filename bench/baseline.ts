import type { Period } from '@bearing/core';
import { AGGREGATION, type FlatEnterprise, OPTIMIZATION, ROLLUP } from './flatten.ts';

/**
 * The floor: scoring.md computed with plain loops over the flat arrays of `flatten.ts`, with no
 * objects, no strings and no allocation beyond the reusable scratch. The engine may be slower, but
 * by how much is the figure the benchmark reports.
 */
export interface BaselineScratch {
  readonly kpiScore: Float64Array;
  readonly objectiveScore: Float64Array;
  readonly scorecardScore: Float64Array;
  readonly sum: Float64Array;
  readonly weight: Float64Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
  readonly perspectiveSum: Float64Array;
  readonly perspectiveWeightSum: Float64Array;
  readonly scorecardSum: Float64Array;
  readonly scorecardWeightSum: Float64Array;
}

export function createScratch(flat: FlatEnterprise): BaselineScratch {
  const objectives = flat.objectiveIds.length;
  const perspectives = flat.perspectiveWeight.length;
  const scorecards = flat.scorecardIds.length;
  return {
    kpiScore: new Float64Array(flat.kpiIds.length),
    objectiveScore: new Float64Array(objectives),
    scorecardScore: new Float64Array(scorecards),
    sum: new Float64Array(objectives),
    weight: new Float64Array(objectives),
    low: new Float64Array(objectives),
    high: new Float64Array(objectives),
    perspectiveSum: new Float64Array(perspectives),
    perspectiveWeightSum: new Float64Array(perspectives),
    scorecardSum: new Float64Array(scorecards),
    scorecardWeightSum: new Float64Array(scorecards),
  };
}

/** Scores every KPI, objective, perspective and scorecard as of `period`; NaN means N/A. */
export function baselineScoreAll(
  flat: FlatEnterprise,
  s: BaselineScratch,
  period: Period,
): Float64Array {
  const M = flat.monthStart.length;
  // The month columns that lie within the period: first..last (empty when first > last).
  let first = 0;
  while (first < M && flat.monthStart[first]! < period.start) first++;
  let last = M - 1;
  while (last >= 0 && flat.monthEnd[last]! > period.end) last--;

  s.sum.fill(0);
  s.weight.fill(0);
  s.low.fill(Infinity);
  s.high.fill(-Infinity);
  s.perspectiveSum.fill(0);
  s.perspectiveWeightSum.fill(0);
  s.scorecardSum.fill(0);
  s.scorecardWeightSum.fill(0);

  const K = flat.kpiIds.length;
  for (let k = 0; k < K; k++) {
    const score = kpiScore(flat, k, first, last, period.end);
    s.kpiScore[k] = score;
    const w = flat.kpiWeight[k]!;
    if (score === score && w > 0) add(s, flat.kpiObjective[k]!, w, score);
  }

  const O = flat.objectiveIds.length;
  for (let o = 0; o < O; o++) {
    const score = finish(s, o, flat.objectiveRollup[o]!);
    s.objectiveScore[o] = score;
    const w = flat.objectiveWeight[o]!;
    if (score !== score || w <= 0) continue;
    const parent = flat.objectiveParent[o]!;
    if (parent >= 0) add(s, parent, w, score);
    else {
      const p = flat.objectivePerspective[o]!;
      s.perspectiveSum[p]! += w * score;
      s.perspectiveWeightSum[p]! += w;
    }
    const to = flat.objectiveContributesTo[o]!;
    if (to >= 0) add(s, to, w, score);
  }

  const P = flat.perspectiveWeight.length;
  for (let p = 0; p < P; p++) {
    const w = flat.perspectiveWeight[p]!;
    const ws = s.perspectiveWeightSum[p]!;
    if (ws <= 0 || w <= 0) continue;
    const c = flat.perspectiveScorecard[p]!;
    s.scorecardSum[c]! += (w * s.perspectiveSum[p]!) / ws;
    s.scorecardWeightSum[c]! += w;
  }
  const C = flat.scorecardIds.length;
  for (let c = 0; c < C; c++) {
    const ws = s.scorecardWeightSum[c]!;
    s.scorecardScore[c] = ws > 0 ? s.scorecardSum[c]! / ws : NaN;
  }
  return s.scorecardScore;
}

function add(s: BaselineScratch, o: number, w: number, score: number): void {
  s.sum[o]! += w * score;
  s.weight[o]! += w;
  if (score < s.low[o]!) s.low[o] = score;
  if (score > s.high[o]!) s.high[o] = score;
}

function finish(s: BaselineScratch, o: number, rollup: number): number {
  if (s.weight[o]! <= 0) return NaN;
  if (rollup === ROLLUP.min) return s.low[o]!;
  if (rollup === ROLLUP.max) return s.high[o]!;
  return s.sum[o]! / s.weight[o]!;
}

function kpiScore(
  flat: FlatEnterprise,
  k: number,
  first: number,
  last: number,
  end: number,
): number {
  const optimization = flat.kpiOptimization[k]!;
  if (optimization === OPTIMIZATION.none) return NaN;
  const v = kpiValue(flat, k, first, last);
  if (v !== v) return NaN;

  let target = flat.kpiTarget[k]!;
  let targetHigh = flat.kpiTargetHigh[k]!;
  // The per-period target that starts latest while starting on or before the period's end.
  let bestStart = -Infinity;
  for (let i = flat.overrideFrom[k]!, to = flat.overrideFrom[k + 1]!; i < to; i++) {
    const start = flat.overrideStart[i]!;
    if (start <= end && start > bestStart) {
      bestStart = start;
      target = flat.overrideTarget[i]!;
      targetHigh = flat.overrideTargetHigh[i]!;
    }
  }

  const baseline = flat.kpiBaseline[k]!;
  const min = flat.kpiMin[k]!;
  const max = flat.kpiMax[k]!;
  switch (optimization) {
    case OPTIMIZATION.maximize: {
      const lo = min === min ? min : baseline;
      const hi = max === max ? max : target;
      return clamp01((v - lo) / (hi - lo));
    }
    case OPTIMIZATION.minimize: {
      const lo = min === min ? min : target;
      const hi = max === max ? max : baseline;
      return clamp01((hi - v) / (hi - lo));
    }
    case OPTIMIZATION.range:
      if (v < target) return clamp01((v - min) / (target - min));
      if (v > targetHigh) return clamp01((max - v) / (max - targetHigh));
      return 1;
    default:
      // binary: "at most" when the baseline lies above the target.
      return baseline === baseline && baseline > target
        ? v <= target
          ? 1
          : 0
        : v >= target
          ? 1
          : 0;
  }
}

/** The KPI's value for the months first..last folded by its aggregation, else carried forward. */
function kpiValue(flat: FlatEnterprise, k: number, first: number, last: number): number {
  const M = flat.monthStart.length;
  const row = k * M;
  const values = flat.values;
  const aggregation = flat.kpiAggregation[k]!;
  let out = NaN;
  let count = 0;
  if (aggregation === AGGREGATION.last) {
    for (let m = last; m >= first; m--) {
      const v = values[row + m]!;
      if (v === v) return v;
    }
  } else {
    for (let m = first; m <= last; m++) {
      const v = values[row + m]!;
      if (v !== v) continue;
      if (count === 0) out = v;
      else if (aggregation === AGGREGATION.min) out = v < out ? v : out;
      else if (aggregation === AGGREGATION.max) out = v > out ? v : out;
      else out += v;
      count++;
    }
    if (count > 0) return aggregation === AGGREGATION.average ? out / count : out;
  }
  if (flat.kpiCarryForward[k] === 0) return NaN;
  for (let m = last; m >= 0; m--) {
    const v = values[row + m]!;
    if (v === v) return v;
  }
  return NaN;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

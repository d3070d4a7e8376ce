import type { Kpi, Thresholds } from '../model/strategy.ts';
import { formatDay } from '../periods/calendar.ts';
import type { Period } from '../periods/period.ts';
import { valuesWithin } from './aggregate.ts';
import { createRunContext, type RunContext } from './context.ts';
import { isValidRange, scaleHigh, scaleLow } from './formula.ts';
import { prepareKpi, scorePreparedKpi, type PreparedKpi } from './kpi-score.ts';
import { periodTargetFor } from './targets.ts';
import type { ExplanationStep, KpiScore } from './types.ts';
import { keyAt } from './values.ts';

const orZero = (n: number): number => (Number.isNaN(n) ? 0 : n);
const fmt = (n: number | null): string => (n === null ? 'N/A' : String(+n.toFixed(4)));

/**
 * Explains a KPI's score as of `period` in order: the values folded, the target in force, the
 * formula, progress, the status threshold, overdue. The numbers come from `scoreKpi` itself, so
 * the explanation can never disagree with the score it explains.
 */
export function explainKpiScore(
  kpi: Kpi,
  period: Period,
  thresholds: Thresholds,
): ExplanationStep[] {
  const pk = prepareKpi(kpi, thresholds);
  const ctx = createRunContext(period);
  const k = scorePreparedKpi(pk, ctx);
  return explainSteps(pk, period, k, valueStep(pk, period, k), ctx);
}

/** The steps after the value: target, score, progress, status, overdue. */
export function explainSteps(
  pk: PreparedKpi,
  period: Period,
  k: KpiScore,
  first: ExplanationStep,
  ctx: RunContext,
): ExplanationStep[] {
  const kpi = pk.kpi;
  const steps = [first, targetStep(pk, period, k)];
  if (k.value !== null) steps.push(scoreStep(kpi, k));
  if (k.progress !== null && kpi.optimization !== 'range') {
    steps.push({
      step: 'Progress from baseline to target (not clamped)',
      formula: `(${fmt(k.value)} − ${fmt(kpi.baseline)}) / (${fmt(k.target as number)} − ${fmt(kpi.baseline)}) = ${fmt(k.progress)}`,
      numbers: { progress: k.progress },
    });
  }
  steps.push(statusStep(k, pk.thresholds, kpi.thresholds !== null));
  if (k.overdue) {
    const cutoff = formatDay(ctx.dueBy[pk.frequency] ?? 0);
    steps.push({
      step: `Overdue: a ${kpi.frequency} KPI needs a value ending on or after ${cutoff}`,
      formula:
        k.valuePeriod === null ? 'no value up to this period' : `latest value: ${k.valuePeriod}`,
      numbers: {},
    });
  }
  return steps;
}

function valueStep(pk: PreparedKpi, period: Period, k: KpiScore): ExplanationStep {
  const { values } = pk.store;
  const folded = valuesWithin(pk.store, pk, period.start, period.end).reverse();
  const numbers: Record<string, number | null> = {};
  for (const i of folded) numbers[keyAt(pk.store, i) ?? i] = values[i] ?? null;
  numbers.value = k.value;
  if (k.stale) {
    return {
      step: `No value within ${period.key}; carried forward the value of ${k.valuePeriod ?? ''} (stale)`,
      formula: `value = ${fmt(k.value)}`,
      numbers,
    };
  }
  if (k.value === null) {
    const why = pk.kpi.carryForward ? 'and none before it to carry forward' : 'carryForward is off';
    return { step: `No value within ${period.key} (${why})`, formula: 'value = N/A', numbers };
  }
  if (folded.length === 1) {
    return {
      step: `Used the value for ${k.valuePeriod ?? period.key}`,
      formula: `value = ${fmt(k.value)}`,
      numbers,
    };
  }
  const list = folded.map((i) => fmt(values[i] ?? null));
  const agg = pk.kpi.aggregation;
  const formula =
    agg === 'sum'
      ? list.join(' + ')
      : agg === 'average'
        ? `(${list.join(' + ')}) / ${list.length}`
        : `${agg}(${list.join(', ')})`;
  return {
    step: `Folded ${folded.length} values within ${period.key} by ${agg}`,
    formula: `${formula} = ${fmt(k.value)}`,
    numbers,
  };
}

function targetStep(pk: PreparedKpi, period: Period, k: KpiScore): ExplanationStep {
  const from = periodTargetFor(pk.targets, period.end);
  const target =
    k.target === null
      ? 'none'
      : typeof k.target === 'number'
        ? fmt(k.target)
        : `[${k.target.join(', ')}]`;
  return {
    step:
      from === null ? 'Target in force: the KPI target' : `Target in force: targets["${from.key}"]`,
    formula: `target = ${target}`,
    numbers: typeof k.target === 'number' ? { target: k.target } : {},
  };
}

function scoreStep(kpi: Kpi, k: KpiScore): ExplanationStep {
  const v = k.value ?? 0;
  const t = k.target;
  const o = kpi.optimization;
  const numbers = { value: v, score: k.score };
  if (o === 'none')
    return { step: 'optimization none: tracked, not scored', formula: 'score = N/A', numbers };
  if (k.score === null) {
    return {
      step: `The ${o} scale is incomplete (see scoring.md §2)`,
      formula: 'score = N/A',
      numbers,
    };
  }
  if (o === 'binary') {
    const lower = kpi.baseline !== null && typeof t === 'number' && kpi.baseline > t;
    return {
      step: `Binary: met when the value is ${lower ? 'at most' : 'at least'} the target`,
      formula: `${fmt(v)} ${lower ? '≤' : '≥'} ${fmt(t as number)} → ${fmt(k.score)}`,
      numbers,
    };
  }
  if (
    o === 'range' &&
    t !== null &&
    typeof t !== 'number' &&
    isValidRange(t[0], t[1], kpi.min ?? NaN, kpi.max ?? NaN)
  ) {
    const [low, high] = t;
    const min = kpi.min ?? 0;
    const max = kpi.max ?? 0;
    const formula =
      v < low
        ? `clamp01((${fmt(v)} − ${fmt(min)}) / (${fmt(low)} − ${fmt(min)}))`
        : v > high
          ? `clamp01((${fmt(max)} − ${fmt(v)}) / (${fmt(max)} − ${fmt(high)}))`
          : `${fmt(low)} ≤ ${fmt(v)} ≤ ${fmt(high)} → 1`;
    return {
      step: 'Range: 1 inside the band, falling to 0 at min and max',
      formula: `${formula} = ${fmt(k.score)}`,
      numbers,
    };
  }
  const lo = orZero(scaleLow(o, kpi.baseline ?? NaN, t as number, kpi.min ?? NaN));
  const hi = orZero(scaleHigh(o, kpi.baseline ?? NaN, t as number, kpi.max ?? NaN));
  const ratio =
    o === 'maximize'
      ? `(${fmt(v)} − ${fmt(lo)}) / (${fmt(hi)} − ${fmt(lo)})`
      : `(${fmt(hi)} − ${fmt(v)}) / (${fmt(hi)} − ${fmt(lo)})`;
  return {
    step: `${o === 'maximize' ? 'Maximize' : 'Minimize'} on the scale ${fmt(lo)}..${fmt(hi)}`,
    formula: `clamp01(${ratio}) = ${fmt(k.score)}`,
    numbers: { ...numbers, lo, hi },
  };
}

function statusStep(k: KpiScore, t: Thresholds, override: boolean): ExplanationStep {
  const source = override ? "the KPI's own thresholds" : "the scorecard's thresholds";
  const s = k.score;
  const formula =
    s === null
      ? 'no score → none'
      : s >= t.green
        ? `${fmt(s)} ≥ green ${fmt(t.green)} → green`
        : s >= t.amber
          ? `${fmt(s)} < green ${fmt(t.green)}, ≥ amber ${fmt(t.amber)} → amber`
          : `${fmt(s)} < amber ${fmt(t.amber)} → red`;
  return {
    step: `Status by ${source}`,
    formula,
    numbers: { score: s, green: t.green, amber: t.amber },
  };
}

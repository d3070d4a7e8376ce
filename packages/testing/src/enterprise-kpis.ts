import type {
  Aggregation,
  Frequency,
  Indicator,
  Kpi,
  KpiValue,
  Optimization,
  PeriodKey,
  Target,
  Thresholds,
} from '@bearing/core';
import { kpiId } from '@bearing/core';
import type { Random } from './seeded-random.ts';

/**
 * One synthetic KPI: a valid scale for its optimization (scoring.md §2) and a monthly series that
 * drifts from baseline towards target with noise. The mixes below are chosen so every scoring path
 * runs at scale: each optimization, each aggregation, carry-forward, gaps, per-period targets,
 * weight 0, and KPIs with no data at all.
 */
export interface KpiContext {
  readonly random: Random;
  /** Normalised month keys of the enterprise, earliest first. */
  readonly months: readonly PeriodKey[];
  /** Normalised year keys covered by the months, earliest first (for per-period targets). */
  readonly years: readonly PeriodKey[];
}

const OPTIMIZATIONS: readonly Optimization[] = ['maximize', 'minimize', 'range', 'binary', 'none'];
const OPTIMIZATION_MIX = [45, 25, 15, 10, 5];
const AGGREGATIONS: readonly Aggregation[] = ['last', 'sum', 'average', 'min', 'max'];
const AGGREGATION_MIX = [60, 10, 15, 7.5, 7.5];
const WEIGHTS = [1, 2, 3, 0.5, 0];
const WEIGHT_MIX = [70, 10, 5, 10, 5];
const INDICATORS: readonly (Indicator | null)[] = ['leading', 'lagging', null];
const UNITS = ['%', 'EUR', 'days', 'points'];
const NAMES = [
  'Revenue growth',
  'Gross margin',
  'Net promoter score',
  'On-time delivery',
  'Defect rate',
  'Cycle time',
  'Employee engagement',
  'Training hours',
  'Cost per unit',
  'Customer retention',
  'Order backlog',
  'Energy use',
];
const STRICT_THRESHOLDS: Thresholds = { green: 0.9, amber: 0.6 };

interface Scale {
  readonly unit: string | null;
  readonly baseline: number | null;
  readonly target: Target | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Draws the value for month `m` of `count`. */
  readonly draw: (m: number, count: number) => number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function generateKpi(ctx: KpiContext, id: string, index: number): Kpi {
  const { random } = ctx;
  const optimization = random.weighted(OPTIMIZATIONS, OPTIMIZATION_MIX);
  const scale = drawScale(random, optimization);
  return {
    id: kpiId(id),
    name: `${random.pick(NAMES)} ${index + 1}`,
    description: null,
    unit: scale.unit,
    indicator: random.pick(INDICATORS),
    optimization,
    baseline: scale.baseline,
    target: scale.target,
    targets: drawTargets(ctx, optimization, scale),
    min: scale.min,
    max: scale.max,
    weight: random.weighted(WEIGHTS, WEIGHT_MIX),
    frequency: (random.chance(0.9) ? 'monthly' : 'quarterly') satisfies Frequency,
    aggregation: random.weighted(AGGREGATIONS, AGGREGATION_MIX),
    carryForward: random.chance(0.3),
    thresholds: random.chance(0.05) ? STRICT_THRESHOLDS : null,
    allowNegative: false,
    owner: random.chance(0.1) ? 'Controller' : null,
    values: drawValues(ctx, scale),
  };
}

function drawScale(random: Random, optimization: Optimization): Scale {
  // Values stay in 0..100 whatever the unit, so a `%` KPI never needs allowNegative.
  const clamp = (x: number) => round2(Math.min(100, Math.max(0, x)));
  const noise = (spread: number) => (random.next() - 0.5) * spread;
  switch (optimization) {
    case 'maximize': {
      const baseline = round2(random.between(10, 50));
      const target = round2(baseline + random.between(10, 40));
      const scaled = random.chance(0.25);
      const reach = random.between(0.3, 1.3);
      return {
        unit: random.pick(UNITS),
        baseline,
        target,
        min: scaled ? round2(baseline * random.between(0.5, 1)) : null,
        max: scaled ? clamp(target + random.between(0, 10)) : null,
        draw: (m, count) =>
          clamp(baseline + ((target - baseline) * (reach * (m + 1))) / count + noise(8)),
      };
    }
    case 'minimize': {
      const baseline = round2(random.between(30, 90));
      const target = round2(baseline - random.between(5, baseline * 0.8));
      const scaled = random.chance(0.25);
      const reach = random.between(0.3, 1.3);
      return {
        unit: random.pick(UNITS),
        baseline,
        target,
        min: scaled ? round2(target * random.between(0, 1)) : null,
        max: scaled ? clamp(baseline + random.between(0, 10)) : null,
        draw: (m, count) =>
          clamp(baseline - ((baseline - target) * (reach * (m + 1))) / count + noise(8)),
      };
    }
    case 'range': {
      const low = round2(random.between(30, 50));
      const high = round2(low + random.between(5, 20));
      const min = round2(low - random.between(5, 25));
      const max = round2(high + random.between(5, 25));
      const centre = (low + high) / 2;
      const spread = (max - min) * random.between(0.3, 1);
      return {
        unit: random.pick(UNITS),
        baseline: random.chance(0.5) ? round2(centre + noise(spread)) : null,
        target: [low, high],
        min,
        max,
        draw: () => clamp(centre + noise(spread)),
      };
    }
    case 'binary': {
      // "At least" (a milestone met: 0/1) or "at most" (incidents: baseline above target).
      if (random.chance(0.6)) {
        const hit = random.between(0.3, 0.95);
        return {
          unit: null,
          baseline: random.chance(0.5) ? 0 : null,
          target: 1,
          min: null,
          max: null,
          draw: () => (random.chance(hit) ? 1 : 0),
        };
      }
      return {
        unit: 'incidents',
        baseline: 3,
        target: 0,
        min: null,
        max: null,
        draw: () => random.int(4),
      };
    }
    case 'none':
      return {
        unit: 'EUR',
        baseline: null,
        target: null,
        min: null,
        max: null,
        draw: () => round2(random.between(0, 100)),
      };
  }
}

/** Stricter targets for later years on some maximize/minimize KPIs, kept within their scale. */
function drawTargets(
  ctx: KpiContext,
  optimization: Optimization,
  scale: Scale,
): Readonly<Record<string, Target>> {
  const { random, years } = ctx;
  const target = scale.target;
  if (typeof target !== 'number' || !random.chance(0.1)) return {};
  const out: Record<string, Target> = {};
  let current = target;
  for (const year of years.slice(1)) {
    if (optimization === 'maximize') {
      current = round2(Math.min(scale.max ?? 100, current + random.between(0, 5)));
    } else if (optimization === 'minimize') {
      current = round2(Math.max(scale.min ?? 0, current - random.between(0, current * 0.3)));
    } else {
      return {};
    }
    out[year] = current;
  }
  return out;
}

/** Gaps of every kind: scattered, a series that stops (carry-forward), one that starts late, none. */
function drawValues(ctx: KpiContext, scale: Scale): KpiValue[] {
  const { random, months } = ctx;
  const count = months.length;
  const shape = random.next();
  let from = 0;
  let to = count;
  if (shape < 0.005) return [];
  else if (shape < 0.035) to = Math.max(1, Math.floor(random.between(count * 0.5, count)));
  else if (shape < 0.055) from = random.int(count);
  const out: KpiValue[] = [];
  for (let m = from; m < to; m++) {
    const value = scale.draw(m, count);
    const period = months[m];
    if (period === undefined || random.chance(0.01)) continue;
    out.push({ period, value, comment: null });
  }
  return out;
}

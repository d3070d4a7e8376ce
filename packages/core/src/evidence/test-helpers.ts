import { kpiId, objectiveId, scorecardId } from '../model/ids.ts';
import {
  DEFAULT_PERSPECTIVES,
  DEFAULT_THRESHOLDS,
  type Kpi,
  type Lag,
  type Objective,
  type Optimization,
  type Strategy,
} from '../model/strategy.ts';
import { pad2 } from '../periods/calendar.ts';
import type { PeriodKey } from '../periods/period.ts';
import { mulberry32, type RandomSource } from './random.ts';

/**
 * Seeded generators of cause/effect histories with a relation planted in them (or none), for
 * the tests that hold the method to its promises: a planted relation is found at its lag,
 * shared trends are not taken for evidence, a reversed relation is called contradicted.
 */
export type Planted =
  /** The effect follows the cause's moves `lag` months later, with noise. */
  | 'follows'
  /** Two unrelated series that both drift upward. */
  | 'independent'
  /** The effect moves against the cause `lag` months later. */
  | 'reversed'
  /** As `follows`, but the effect is a minimize KPI (returns fall as quality assurance rises). */
  | 'minimize';

export interface PlantOptions {
  readonly planted: Planted;
  readonly seed: number;
  readonly lag?: number;
  readonly months?: number;
  readonly statedLag?: Lag | null;
  /** Month-to-month noise of the effect, in KPI points (the cause moves ±3 a month). */
  readonly noise?: number;
}

function normal(random: RandomSource): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Month keys from 2024-01 on. */
export function monthKey(i: number): string {
  return `${2024 + Math.floor(i / 12)}-${pad2((i % 12) + 1)}`;
}

export function plantedSeries(options: PlantOptions): { cause: number[]; effect: number[] } {
  const { planted, seed, lag = 2, months = 36, noise = 2 } = options;
  const random = mulberry32(seed);
  const warm = lag; // the cause runs `lag` months before the first one kept
  const cause: number[] = [40];
  for (let t = 1; t < months + warm; t++)
    cause.push((cause[t - 1] ?? 40) + 0.4 + 3 * normal(random));
  const effect: number[] = [];
  let drift = 35;
  for (let t = warm; t < months + warm; t++) {
    drift += 0.4 + (planted === 'independent' ? 3 * normal(random) : 0);
    const driver = (cause[t - lag] ?? 40) - 40;
    const level =
      planted === 'independent' ? drift : planted === 'reversed' ? 60 - driver : 35 + driver;
    effect.push(level + noise * normal(random));
  }
  return { cause: cause.slice(warm), effect };
}

/** A monthly KPI scored on a fixed scale, wide enough that the planted series never clamp. */
export function scaledKpi(
  id: string,
  name: string,
  history: Kpi['values'],
  optimization: Optimization = 'maximize',
): Kpi {
  return {
    id: kpiId(id),
    name,
    description: null,
    unit: null,
    indicator: null,
    optimization,
    baseline: optimization === 'minimize' ? 100 : 0,
    target: optimization === 'minimize' ? 0 : 100,
    targets: {},
    min: -50,
    max: 150,
    weight: 1,
    frequency: 'monthly',
    aggregation: 'last',
    carryForward: false,
    thresholds: null,
    allowNegative: true,
    owner: null,
    values: history,
  };
}

export function objective(id: string, name: string, kpis: readonly Kpi[]): Objective {
  return {
    id: objectiveId(id),
    name,
    perspective: DEFAULT_PERSPECTIVES[1]!.id,
    weight: 1,
    rollup: 'weighted',
    owner: null,
    description: null,
    parent: null,
    contributesTo: null,
    kpis,
    initiatives: [],
  };
}

/** Monthly values from 2024-01 on. */
export function monthly(xs: readonly number[]): Kpi['values'] {
  return xs.map((x, i) => ({ period: monthKey(i) as PeriodKey, value: x, comment: null }));
}

/** A one-scorecard strategy: objective `qa` (KPI `qa-hours`) → objective `quality` (KPI `returns`). */
export function plantedStrategy(options: PlantOptions): Strategy {
  const { cause, effect } = plantedSeries(options);
  const minimize = options.planted === 'minimize';
  return {
    version: 1,
    organization: null,
    scorecards: [
      {
        id: scorecardId('corp'),
        name: 'Corporate',
        description: null,
        owner: null,
        thresholds: DEFAULT_THRESHOLDS,
        perspectives: DEFAULT_PERSPECTIVES,
        objectives: [
          objective('qa', 'Quality assurance', [scaledKpi('qa-hours', 'QA hours', monthly(cause))]),
          objective('quality', 'Product quality', [
            minimize
              ? scaledKpi('returns', 'Returns', monthly(effect.map((e) => 100 - e)), 'minimize')
              : scaledKpi('returns', 'Returns', monthly(effect)),
          ]),
        ],
        links: [
          {
            from: objectiveId('qa'),
            to: objectiveId('quality'),
            hypothesis: null,
            lag: options.statedLag ?? null,
          },
        ],
      },
    ],
  };
}

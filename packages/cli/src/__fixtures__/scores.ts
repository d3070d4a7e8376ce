import {
  type KpiScore,
  type ObjectiveScore,
  type PeriodKey,
  type PerspectiveScore,
  type ScorecardScore,
  kpiId,
  objectiveId,
  perspectiveId,
  scorecardId,
} from '@bearing/core';

/** Hand-built engine results, so the output formatting is tested without the engine. */
const period = '2026-06' as PeriodKey;
const full = { scored: 1, total: 1 };

export function kpiScore(overrides: Partial<KpiScore> = {}): KpiScore {
  return {
    id: kpiId('return-rate'),
    name: 'Product return rate',
    score: 0.733,
    status: 'amber',
    coverage: full,
    value: 3.6,
    progress: 0.733,
    target: 2,
    baseline: 8,
    unit: '%',
    indicator: 'lagging',
    optimization: 'minimize',
    weight: 1,
    period,
    valuePeriod: period,
    stale: false,
    overdue: false,
    ...overrides,
  };
}

export function objectiveScore(overrides: Partial<ObjectiveScore> = {}): ObjectiveScore {
  return {
    id: objectiveId('quality'),
    name: 'Provide high product quality',
    scorecard: scorecardId('acme'),
    perspective: perspectiveId('customer'),
    score: 0.733,
    status: 'amber',
    coverage: full,
    weight: 1,
    rollup: 'weighted',
    objectives: [],
    contributors: [],
    kpis: [kpiScore()],
    ...overrides,
  };
}

export function perspectiveScore(overrides: Partial<PerspectiveScore> = {}): PerspectiveScore {
  return {
    id: perspectiveId('customer'),
    name: 'Customer',
    score: 0.733,
    status: 'amber',
    coverage: full,
    weight: 1,
    objectives: [objectiveScore()],
    ...overrides,
  };
}

export function scorecardScore(overrides: Partial<ScorecardScore> = {}): ScorecardScore {
  return {
    id: scorecardId('acme'),
    name: 'Acme',
    period,
    score: 0.733,
    status: 'amber',
    coverage: full,
    perspectives: [perspectiveScore()],
    ...overrides,
  };
}

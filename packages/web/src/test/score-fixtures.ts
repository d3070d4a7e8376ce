/**
 * Score trees for tests: small builders with overrides, so each test states only what matters.
 * (Test-only; the app never builds score trees, it shows the server's.)
 */
import type {
  KpiScore,
  ObjectiveScore,
  PerspectiveScore,
  ScorecardScore,
  Status,
} from '../api/types.ts';

type Loose<T> = { -readonly [K in keyof T]?: unknown };

function statusOf(score: number | null): Status {
  if (score === null) return 'none';
  return score >= 0.8 ? 'green' : score >= 0.5 ? 'amber' : 'red';
}

export function kpiScore(id: string, overrides: Loose<KpiScore> = {}): KpiScore {
  const score = ('score' in overrides ? overrides.score : 0.5) as number | null;
  return {
    id,
    name: `KPI ${id}`,
    score,
    status: statusOf(score),
    coverage: { scored: score === null ? 0 : 1, total: 1 },
    value: 10,
    progress: score,
    target: 20,
    baseline: 0,
    unit: null,
    indicator: null,
    optimization: 'maximize',
    weight: 1,
    period: '2026-06',
    valuePeriod: '2026-06',
    stale: false,
    overdue: false,
    ...overrides,
  } as KpiScore;
}

export function objectiveScore(id: string, overrides: Loose<ObjectiveScore> = {}): ObjectiveScore {
  const score = ('score' in overrides ? overrides.score : 0.5) as number | null;
  return {
    id,
    name: `Objective ${id}`,
    scorecard: 'acme',
    perspective: 'customer',
    score,
    status: statusOf(score),
    coverage: { scored: 1, total: 1 },
    weight: 1,
    rollup: 'weighted',
    objectives: [],
    contributors: [],
    kpis: [],
    ...overrides,
  } as ObjectiveScore;
}

export function perspectiveScore(
  id: string,
  objectives: readonly ObjectiveScore[],
  overrides: Loose<PerspectiveScore> = {},
): PerspectiveScore {
  const score = ('score' in overrides ? overrides.score : 0.5) as number | null;
  return {
    id,
    name: `Perspective ${id}`,
    score,
    status: statusOf(score),
    coverage: { scored: 1, total: 1 },
    weight: 1,
    objectives,
    ...overrides,
  } as PerspectiveScore;
}

export function scorecardScore(perspectives: readonly PerspectiveScore[]): ScorecardScore {
  return {
    id: 'acme',
    name: 'Acme',
    period: '2026-06',
    score: 0.6,
    status: 'amber',
    coverage: { scored: perspectives.length, total: perspectives.length },
    perspectives,
  } as ScorecardScore;
}

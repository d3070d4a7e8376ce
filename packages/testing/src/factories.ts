import {
  DEFAULT_PERSPECTIVES,
  DEFAULT_THRESHOLDS,
  type Initiative,
  type Kpi,
  type KpiValue,
  type Objective,
  type PeriodKey,
  type Scorecard,
  type Strategy,
  initiativeId,
  kpiId,
  objectiveId,
  perspectiveId,
  scorecardId,
} from '@bearing/core';

/**
 * Factories for model objects with sensible defaults; tests override only what matters to them,
 * so each test reads as the behaviour it pins (habit 9 in the architecture guide).
 */
type Overrides<T> = { -readonly [K in keyof T]?: T[K] };

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

/** `values({'2026-01': 5, '2026-02': 6})` → sorted KpiValue list. */
export function values(byPeriod: Record<string, number>): KpiValue[] {
  return Object.entries(byPeriod)
    .map(([period, value]) => ({ period: period as PeriodKey, value, comment: null }))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

export function buildKpi(overrides: Overrides<Kpi> = {}): Kpi {
  return {
    id: kpiId(nextId('kpi')),
    name: 'A KPI',
    description: null,
    unit: null,
    indicator: 'lagging',
    optimization: 'maximize',
    baseline: 0,
    target: 100,
    targets: {},
    min: null,
    max: null,
    weight: 1,
    frequency: 'monthly',
    aggregation: 'last',
    carryForward: false,
    thresholds: null,
    allowNegative: false,
    owner: null,
    values: [],
    ...overrides,
  };
}

export function buildObjective(overrides: Overrides<Objective> = {}): Objective {
  return {
    id: objectiveId(nextId('objective')),
    name: 'An objective',
    perspective: perspectiveId('customer'),
    weight: 1,
    rollup: 'weighted',
    owner: null,
    description: null,
    parent: null,
    contributesTo: null,
    kpis: [],
    initiatives: [],
    ...overrides,
  };
}

export function buildInitiative(overrides: Overrides<Initiative> = {}): Initiative {
  return {
    id: initiativeId(nextId('initiative')),
    name: 'An initiative',
    owner: null,
    description: null,
    start: null,
    due: null,
    budget: null,
    spent: null,
    progress: null,
    status: 'not-started',
    ...overrides,
  };
}

export function buildScorecard(overrides: Overrides<Scorecard> = {}): Scorecard {
  return {
    id: scorecardId(nextId('scorecard')),
    name: 'A scorecard',
    description: null,
    owner: null,
    thresholds: DEFAULT_THRESHOLDS,
    perspectives: DEFAULT_PERSPECTIVES,
    objectives: [],
    links: [],
    ...overrides,
  };
}

export function buildStrategy(overrides: Overrides<Strategy> = {}): Strategy {
  return { version: 1, organization: null, scorecards: [], ...overrides };
}

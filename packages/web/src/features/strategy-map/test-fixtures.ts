/** API-shaped data for the map's tests: a small Acme-like scorecard. */
import type {
  KpiScore,
  Link,
  ObjectiveRecord,
  ObjectiveScore,
  Perspective,
  ScorecardScore,
  Status,
} from '../../api/types.ts';

export const perspectives: Perspective[] = [
  { id: 'financial', name: 'Financial', weight: 1, version: 1 },
  { id: 'customer', name: 'Customer', weight: 1, version: 1 },
  { id: 'internal', name: 'Internal Processes', weight: 1, version: 1 },
  { id: 'learning', name: 'Learning and Growth', weight: 1, version: 1 },
];

export function objective(
  id: string,
  perspective: string,
  overrides: Partial<ObjectiveRecord> = {},
): ObjectiveRecord {
  return {
    id,
    name: `Objective ${id}`,
    perspective,
    weight: 1,
    rollup: 'weighted',
    owner: null,
    description: null,
    parent: null,
    contributesTo: null,
    stakeholder: null,
    segment: null,
    version: 1,
    ...overrides,
  };
}

export const objectives: ObjectiveRecord[] = [
  objective('revenue', 'financial', { name: 'Grow revenue', owner: 'CFO' }),
  objective('loyalty', 'customer', { name: 'Keep customers loyal' }),
  objective('quality', 'customer', { name: 'Provide high product quality', version: 3 }),
  objective('qa', 'internal', { name: 'Run quality assurance' }),
  objective('skills', 'learning', { name: 'Build quality skills' }),
];

export const links: Link[] = [
  {
    id: 'skills->qa',
    from: 'skills',
    to: 'qa',
    hypothesis: 'If staff learn, QA improves',
    lag: null,
    version: 1,
  },
  { id: 'qa->quality', from: 'qa', to: 'quality', hypothesis: null, lag: null, version: 2 },
  {
    id: 'quality->loyalty',
    from: 'quality',
    to: 'loyalty',
    hypothesis: null,
    lag: null,
    version: 1,
  },
  {
    id: 'loyalty->revenue',
    from: 'loyalty',
    to: 'revenue',
    hypothesis: 'Loyal customers buy again',
    lag: null,
    version: 1,
  },
];

export function kpiScore(id: string, status: Status, score: number | null): KpiScore {
  return {
    id: id as KpiScore['id'],
    name: `KPI ${id}`,
    score,
    status,
    coverage: { scored: score === null ? 0 : 1, total: 1 },
    value: score === null ? null : 42,
    progress: score,
    target: 50,
    baseline: 10,
    unit: '%',
    indicator: 'lagging',
    optimization: 'maximize',
    weight: 1,
    period: '2026-06' as KpiScore['period'],
    valuePeriod: '2026-06' as KpiScore['period'],
    stale: false,
    overdue: false,
  };
}

export function objectiveScore(
  id: string,
  perspective: string,
  status: Status,
  score: number | null,
  kpis: KpiScore[] = [],
  children: ObjectiveScore[] = [],
): ObjectiveScore {
  return {
    id: id as ObjectiveScore['id'],
    name: id,
    scorecard: 'acme' as ObjectiveScore['scorecard'],
    perspective: perspective as ObjectiveScore['perspective'],
    score,
    status,
    coverage: { scored: 1, total: 1 },
    weight: 1,
    rollup: 'weighted',
    objectives: children,
    contributors: [],
    kpis,
  };
}

export const scores: ScorecardScore = {
  id: 'acme' as ScorecardScore['id'],
  name: 'Acme',
  period: '2026-06' as ScorecardScore['period'],
  score: 0.62,
  status: 'amber',
  coverage: { scored: 4, total: 4 },
  perspectives: [
    {
      id: 'financial' as ObjectiveScore['perspective'],
      name: 'Financial',
      score: 0.86,
      status: 'green',
      coverage: { scored: 1, total: 1 },
      weight: 1,
      objectives: [
        objectiveScore('revenue', 'financial', 'green', 0.86, [kpiScore('rev', 'green', 0.86)]),
      ],
    },
    {
      id: 'customer' as ObjectiveScore['perspective'],
      name: 'Customer',
      score: 0.55,
      status: 'amber',
      coverage: { scored: 2, total: 2 },
      weight: 1,
      objectives: [
        objectiveScore('loyalty', 'customer', 'amber', 0.6, [kpiScore('nps', 'amber', 0.6)]),
        objectiveScore('quality', 'customer', 'red', 0.4, [
          kpiScore('returns', 'red', 0.4),
          kpiScore('defects', 'none', null),
        ]),
      ],
    },
    {
      id: 'internal' as ObjectiveScore['perspective'],
      name: 'Internal Processes',
      score: null,
      status: 'none',
      coverage: { scored: 0, total: 1 },
      weight: 1,
      objectives: [objectiveScore('qa', 'internal', 'none', null)],
    },
  ],
};

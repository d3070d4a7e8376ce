/** Factories for the quality feature's tests: a finding, an objective, a context, a report. */
import type { Finding, Fix, ObjectiveRecord } from '../../api/types.ts';
import type { FixContext } from './fix-context.ts';
import type { LintReport } from './lint-report.ts';

export function buildFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'missing-leading-kpi',
    severity: 'warning',
    category: 'measurement',
    scorecard: 'acme',
    objective: 'quality',
    kpi: null,
    message: '"Provide high product quality" has no leading KPI.',
    why: 'Lagging measures only say what already happened.',
    suggestion: 'Add a leading KPI for this objective.',
    fix: null,
    ...overrides,
  };
}

export function buildObjective(overrides: Partial<ObjectiveRecord> = {}): ObjectiveRecord {
  return {
    id: 'quality',
    name: 'Provide high product quality',
    perspective: 'customer',
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

/** A small Acme: loyalty (customer) drives revenue (financial); delivery drives loyalty. */
export function buildContext(overrides: Partial<FixContext> = {}): FixContext {
  return {
    ws: 'default',
    sc: 'acme',
    objectives: [
      buildObjective({ id: 'revenue', name: 'Grow repeat revenue', perspective: 'financial' }),
      buildObjective({
        id: 'loyalty',
        name: 'Earn customer loyalty',
        owner: 'Head of Customer Success',
        version: 4,
      }),
      buildObjective({ id: 'delivery', name: 'Ship orders on time', perspective: 'internal' }),
    ],
    links: [
      { from: 'loyalty', to: 'revenue', hypothesis: 'Loyal customers buy again', lag: null },
      {
        from: 'delivery',
        to: 'loyalty',
        hypothesis: 'On-time orders bring customers back',
        lag: { count: 2, unit: 'month' },
      },
    ],
    kpis: [{ id: 'repeat-revenue', name: 'Repeat revenue', objective: 'revenue' }],
    initiatives: [],
    ...overrides,
  };
}

export function buildReport(overrides: Partial<LintReport> = {}): LintReport {
  return {
    scorecard: 'acme',
    name: 'Acme',
    findings: [],
    suppressed: [],
    suppressions: [],
    period: null,
    rules: [],
    quality: {
      score: 100,
      categories: [
        { category: 'wording', budget: 25, lost: 0, score: 25 },
        { category: 'measurement', budget: 25, lost: 0, score: 25 },
        { category: 'cause-effect', budget: 20, lost: 0, score: 20 },
        { category: 'customer', budget: 15, lost: 0, score: 15 },
        { category: 'execution', budget: 15, lost: 0, score: 15 },
      ],
      costs: [],
    },
    ...overrides,
  };
}

/** Core's Fix carries branded ids; tests write them as plain strings. */
export const asFix = (fix: Record<string, unknown>): Fix => fix as unknown as Fix;

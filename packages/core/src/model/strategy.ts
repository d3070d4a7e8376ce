import type { InitiativeId, KpiId, ObjectiveId, PerspectiveId, ScorecardId } from './ids.ts';
import type { PeriodKey } from '../periods/period.ts';
import type { CustomerModel, CustomerOutcome, SegmentId, StakeholderId } from './customer.ts';
import type { ObjectiveLintSuppression, StrategyLintSettings } from './lint-settings.ts';

/**
 * The strategy model: what a strategy file describes, after validation and defaulting.
 * Every optional field of the file has a definite value here (null or its default), so code
 * that reads the model never has to know the file's defaults.
 */
export interface Strategy {
  readonly version: 1;
  readonly organization: string | null;
  readonly scorecards: readonly Scorecard[];
  /**
   * The file's `lint:` section. Optional in the type so code that builds a Strategy by hand need
   * not know it; the file builder always sets it (null when absent).
   */
  readonly lint?: StrategyLintSettings | null;
}

export interface Thresholds {
  /** score >= green is green (default 0.8) */
  readonly green: number;
  /** score >= amber is amber (default 0.5); below is red */
  readonly amber: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { green: 0.8, amber: 0.5 };
export const MAX_PERSPECTIVES = 8;

export interface Scorecard {
  readonly id: ScorecardId;
  readonly name: string;
  readonly description: string | null;
  readonly owner: string | null;
  readonly thresholds: Thresholds;
  /** In display order; Financial on top by default. */
  readonly perspectives: readonly Perspective[];
  readonly objectives: readonly Objective[];
  readonly links: readonly Link[];
  /** Stakeholders, segments, value proposition; null when the file has none (optional as above). */
  readonly customer?: CustomerModel | null;
}

export interface Perspective {
  readonly id: PerspectiveId;
  readonly name: string;
  readonly weight: number;
}

export const DEFAULT_PERSPECTIVES: readonly Perspective[] = [
  { id: 'financial' as PerspectiveId, name: 'Financial', weight: 1 },
  { id: 'customer' as PerspectiveId, name: 'Customer', weight: 1 },
  { id: 'internal' as PerspectiveId, name: 'Internal Processes', weight: 1 },
  { id: 'learning' as PerspectiveId, name: 'Learning and Growth', weight: 1 },
];

export const ROLLUP_METHODS = ['weighted', 'min', 'max'] as const;
export type RollupMethod = (typeof ROLLUP_METHODS)[number];

/** `<scorecardId>/<objectiveId>`: where a cascaded objective contributes. */
export interface ObjectiveRef {
  readonly scorecard: ScorecardId;
  readonly objective: ObjectiveId;
}

export interface Objective {
  readonly id: ObjectiveId;
  readonly name: string;
  readonly perspective: PerspectiveId;
  readonly weight: number;
  readonly rollup: RollupMethod;
  readonly owner: string | null;
  readonly description: string | null;
  /** Sub-objective of another objective of the same scorecard. */
  readonly parent: ObjectiveId | null;
  /** Cascading: this objective's score also counts towards that objective's roll-up. */
  readonly contributesTo: ObjectiveRef | null;
  readonly kpis: readonly Kpi[];
  readonly initiatives: readonly Initiative[];
  /** The stakeholder (of the scorecard's customer section) whose need this objective states. */
  readonly stakeholder?: StakeholderId | null;
  readonly segment?: SegmentId | null;
  /** Rules this objective is exempt from, with the reason (the lint report lists it). */
  readonly lint?: ObjectiveLintSuppression | null;
}

export const LAG_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type LagUnit = (typeof LAG_UNITS)[number];

/** How long after the cause moves the effect is expected to move. */
export interface Lag {
  readonly count: number;
  readonly unit: LagUnit;
}

/** A cause-effect arrow on the strategy map; a hypothesis to be tested against data. */
export interface Link {
  readonly from: ObjectiveId;
  readonly to: ObjectiveId;
  readonly hypothesis: string | null;
  readonly lag: Lag | null;
  /**
   * The KPIs to test the link on (one of each objective) instead of the two objectives' scores.
   * Optional in the type so code that builds a Link by hand need not know it; the file builder
   * sets it only when the file gives it.
   */
  readonly evidence?: LinkEvidenceKpis | null;
}

/** `evidence: {cause, effect}` on a link: a KPI of the cause objective and one of the effect's. */
export interface LinkEvidenceKpis {
  readonly cause: KpiId;
  readonly effect: KpiId;
}

export const INDICATORS = ['leading', 'lagging'] as const;
export type Indicator = (typeof INDICATORS)[number];

export const OPTIMIZATIONS = ['maximize', 'minimize', 'range', 'binary', 'none'] as const;
export type Optimization = (typeof OPTIMIZATIONS)[number];

export const FREQUENCIES = [
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'half-yearly',
  'yearly',
] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const AGGREGATIONS = ['last', 'sum', 'average', 'min', 'max'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** A number, or `[low, high]` for a `range` KPI. */
export type Target = number | readonly [number, number];

export interface KpiValue {
  readonly period: PeriodKey;
  readonly value: number;
  readonly comment: string | null;
}

export interface Kpi {
  readonly id: KpiId;
  readonly name: string;
  readonly description: string | null;
  readonly unit: string | null;
  readonly indicator: Indicator | null;
  readonly optimization: Optimization;
  readonly baseline: number | null;
  readonly target: Target | null;
  /** Per-period targets, keyed by normalised period key (scoring.md §4). */
  readonly targets: Readonly<Record<string, Target>>;
  readonly min: number | null;
  readonly max: number | null;
  readonly weight: number;
  readonly frequency: Frequency;
  readonly aggregation: Aggregation;
  readonly carryForward: boolean;
  /** Per-KPI override of the scorecard's thresholds. */
  readonly thresholds: Thresholds | null;
  /** `%` values may be negative only when this is true. */
  readonly allowNegative: boolean;
  readonly owner: string | null;
  /**
   * A calculated KPI's formula over other KPIs (docs/scoring.md "Calculated KPIs"); such a KPI
   * has no values of its own. Absent or null for a KPI whose values are entered.
   */
  readonly formula?: string | null;
  /** Sorted by period (earliest first); at most one value per period. */
  readonly values: readonly KpiValue[];
  /** The customer segment this KPI measures, and which core outcome it is (customer KPIs). */
  readonly segment?: SegmentId | null;
  readonly outcome?: CustomerOutcome | null;
}

export const INITIATIVE_STATUSES = [
  'not-started',
  'on-track',
  'at-risk',
  'late',
  'done',
  'cancelled',
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export interface Initiative {
  readonly id: InitiativeId;
  readonly name: string;
  readonly owner: string | null;
  readonly description: string | null;
  /** ISO dates `YYYY-MM-DD`. */
  readonly start: string | null;
  readonly due: string | null;
  readonly budget: number | null;
  readonly spent: number | null;
  /** 0..1 */
  readonly progress: number | null;
  readonly status: InitiativeStatus;
}

import type { KpiId, ObjectiveId, PerspectiveId, ScorecardId } from '../model/ids.ts';
import type { Indicator, Optimization, RollupMethod, Target } from '../model/strategy.ts';
import type { PeriodKey } from '../periods/period.ts';

/**
 * The output of a scoring run (scoring.md §6). One shape for every surface: the CLI's `--json`,
 * the API's scores endpoint and the web app all print these objects as they are.
 * Scores are full precision; rounding is for display only.
 */
export type Status = 'green' | 'amber' | 'red' | 'none';

/** How many children had a score, of those that count (weight > 0 and scorable). */
export interface Coverage {
  readonly scored: number;
  readonly total: number;
}

export interface KpiScore {
  readonly id: KpiId;
  readonly name: string;
  readonly score: number | null;
  readonly status: Status;
  readonly coverage: Coverage;
  /** The KPI's value for the period after aggregation (or carried forward); null = no data. */
  readonly value: number | null;
  /** (value − baseline) / (target − baseline), not clamped; null when it cannot be computed. */
  readonly progress: number | null;
  /** The target in force for the period (a per-period target or the KPI's target). */
  readonly target: Target | null;
  readonly baseline: number | null;
  readonly unit: string | null;
  readonly indicator: Indicator | null;
  readonly optimization: Optimization;
  readonly weight: number;
  /** The period scored. */
  readonly period: PeriodKey;
  /** The period whose value was used: P itself, or an earlier one when carried forward. */
  readonly valuePeriod: PeriodKey | null;
  /** True when the value was carried forward from before P. */
  readonly stale: boolean;
  /** True when the latest value is older than one frequency step before P's end. */
  readonly overdue: boolean;
}

export interface ObjectiveScore {
  readonly id: ObjectiveId;
  readonly name: string;
  readonly scorecard: ScorecardId;
  readonly perspective: PerspectiveId;
  readonly score: number | null;
  readonly status: Status;
  readonly coverage: Coverage;
  readonly weight: number;
  readonly rollup: RollupMethod;
  /** Sub-objectives (same scorecard, `parent` = this objective). */
  readonly objectives: readonly ObjectiveScore[];
  /** Objectives of other scorecards that cascade into this one (`contributesTo`). */
  readonly contributors: readonly ObjectiveScore[];
  readonly kpis: readonly KpiScore[];
}

export interface PerspectiveScore {
  readonly id: PerspectiveId;
  readonly name: string;
  readonly score: number | null;
  readonly status: Status;
  readonly coverage: Coverage;
  readonly weight: number;
  /** Top-level objectives of the perspective (those without a parent). */
  readonly objectives: readonly ObjectiveScore[];
}

export interface ScorecardScore {
  readonly id: ScorecardId;
  readonly name: string;
  readonly period: PeriodKey;
  readonly score: number | null;
  readonly status: Status;
  readonly coverage: Coverage;
  readonly perspectives: readonly PerspectiveScore[];
}

/** One point of a history series. */
export interface HistoryPoint {
  readonly period: PeriodKey;
  readonly score: number | null;
  readonly status: Status;
  /** For a KPI: its value in that period; for an objective: null. */
  readonly value: number | null;
  readonly coverage: Coverage;
}

/**
 * One step of a KPI score explanation ("why is this red"): what was done, the formula with the
 * numbers filled in (rounded for reading), and the numbers themselves at full precision.
 */
export interface ExplanationStep {
  readonly step: string;
  readonly formula: string;
  readonly numbers: Readonly<Record<string, number | null>>;
}

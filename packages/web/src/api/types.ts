/**
 * Wire shapes of the API (docs/api.md). Score trees are core's own types: the server sends the
 * scoring engine's objects as they are, so the web never re-derives a number.
 */
import type {
  ExplanationStep,
  Fix,
  HistoryPoint,
  KpiScore,
  ObjectiveScore,
  PerspectiveScore,
  ScorecardScore,
  Status,
} from './core-types.ts';

export type {
  ExplanationStep,
  Fix,
  HistoryPoint,
  KpiScore,
  ObjectiveScore,
  PerspectiveScore,
  ScorecardScore,
  Status,
};

export type Target = number | readonly [number, number];

export interface Thresholds {
  readonly green: number;
  readonly amber: number;
}

export interface Workspace {
  readonly key: string;
  readonly name: string;
  readonly organization: string | null;
  readonly version: number;
}

export interface ScorecardSummary {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly description: string | null;
  readonly owner: string | null;
  readonly thresholds: Thresholds;
  readonly customer: unknown;
}

export interface Perspective {
  readonly id: string;
  readonly name: string;
  readonly weight: number;
  readonly version?: number;
}

export interface KpiValue {
  readonly period: string;
  readonly value: number;
  readonly comment: string | null;
}

export interface StoredValue extends KpiValue {
  readonly version: number;
  readonly author: string | null;
  readonly updatedAt: string;
}

export interface Kpi {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly unit: string | null;
  readonly indicator: 'leading' | 'lagging' | null;
  readonly optimization: 'maximize' | 'minimize' | 'range';
  readonly baseline: number | null;
  readonly target: Target | null;
  readonly targets: Readonly<Record<string, Target>>;
  readonly min: number | null;
  readonly max: number | null;
  readonly weight: number;
  readonly frequency: string;
  readonly aggregation: string;
  readonly carryForward: boolean;
  readonly thresholds: Thresholds | null;
  readonly allowNegative: boolean;
  readonly owner: string | null;
  readonly segment: string | null;
  readonly outcome: string | null;
  /** A calculated KPI's formula (docs/scoring.md); absent or null: its values are entered. */
  readonly formula?: string | null;
}

/** A KPI definition as the kpis list returns it: with its objective and version. */
export interface KpiRecord extends Kpi {
  readonly objective: string;
  readonly version: number;
}

export interface Initiative {
  readonly id: string;
  readonly name: string;
  readonly owner: string | null;
  readonly description: string | null;
  readonly start: string | null;
  readonly due: string | null;
  readonly budget: number | null;
  readonly spent: number | null;
  readonly progress: number | null;
  readonly status: string;
}

export interface InitiativeRecord extends Initiative {
  readonly objective: string;
  readonly version: number;
}

export interface Objective {
  readonly id: string;
  readonly name: string;
  readonly perspective: string;
  readonly weight: number;
  readonly rollup: string;
  readonly owner: string | null;
  readonly description: string | null;
  readonly parent: string | null;
  readonly contributesTo: { scorecard: string; objective: string } | null;
  readonly stakeholder: string | null;
  readonly segment: string | null;
}

export interface ObjectiveRecord extends Objective {
  readonly version: number;
}

export interface Lag {
  readonly count: number;
  readonly unit: string;
}

export interface Link {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly hypothesis: string | null;
  readonly lag: Lag | null;
  readonly version: number;
}

/** GET …/scorecards/{id}: the scorecard with everything under it. */
export interface ScorecardDetail {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly owner: string | null;
  readonly thresholds: Thresholds;
  readonly customer: unknown;
  readonly version: number;
  readonly perspectives: readonly Perspective[];
  readonly objectives: readonly (Objective & {
    readonly kpis: readonly (Kpi & { readonly values: readonly KpiValue[] })[];
    readonly initiatives: readonly Initiative[];
  })[];
  readonly links: readonly Omit<Link, 'version' | 'id'>[];
}

export interface HistoryResponse {
  readonly scorecard: string;
  readonly from: string;
  readonly to: string;
  readonly points: readonly HistoryPoint[];
}

export interface Finding {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly category: string;
  readonly scorecard: string;
  readonly objective: string | null;
  readonly kpi: string | null;
  readonly message: string;
  readonly why: string;
  readonly suggestion: string;
  readonly fix: Fix | null;
}

export interface LintResponse {
  readonly scorecard: string;
  readonly name: string;
  readonly findings: readonly Finding[];
  readonly quality: unknown;
}

export interface Change {
  readonly id: string;
  readonly entityType: string;
  readonly operation: 'create' | 'update' | 'delete';
  readonly scorecard: string | null;
  readonly entityKey: string;
  readonly period: string | null;
  readonly actor: string | null;
  /** Who made the change: null for local-mode writes; `email: null` once the account is gone. */
  readonly account?: ChangeAccount | null;
  readonly at: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** One KPI a formula reads, with its value as of the period (formula-check, explain). */
export interface FormulaInput {
  readonly scorecard: string;
  readonly kpi: string;
  readonly name: string;
  /** As the formula writes it: `[orders]`, `[sales/orders]`, `prev([orders], 12)`. */
  readonly reference: string;
  /** The period whose value the formula read. */
  readonly period: string | null;
  readonly value: number | null;
  readonly stale: boolean;
  readonly calculated: boolean;
}

/** A problem of a formula at `start`–`end` (0-based offsets, end exclusive). */
export interface FormulaCheckProblem {
  readonly code: string;
  readonly message: string;
  readonly hint: string | null;
  readonly start: number;
  readonly end: number;
}

/** POST …/scorecards/{id}/formula-check: the formula checked and evaluated as of a period. */
export interface FormulaCheckResult {
  readonly ok: boolean;
  readonly problems: readonly FormulaCheckProblem[];
  readonly period: string;
  readonly value: number | null;
  readonly stale: boolean;
  readonly inputs: readonly FormulaInput[];
}

/** GET …/kpi-index: every KPI of the workspace, for reference completion. */
export interface KpiIndexEntry {
  readonly scorecard: string;
  readonly scorecardName: string;
  readonly id: string;
  readonly name: string;
  readonly unit: string | null;
  readonly calculated: boolean;
}

/** The account behind a change (GET …/changes). */
export interface ChangeAccount {
  readonly id: string;
  readonly email: string | null;
  readonly name: string;
}

import type { CustomerOutcome } from '../model/customer.ts';
import type { KpiId, ObjectiveId, PerspectiveId, ScorecardId } from '../model/ids.ts';
import type { RuleSetting } from '../model/lint-settings.ts';
import type { Indicator, Objective, Scorecard, Strategy } from '../model/strategy.ts';
import type { Period } from '../periods/period.ts';
import type { RuleId } from './rule-ids.ts';

export type { RuleId } from './rule-ids.ts';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  'wording',
  'measurement',
  'cause-effect',
  'customer',
  'execution',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * A machine-applicable fix, as data: an editor or a future `bearing lint --fix` applies it; the
 * linter never edits anything itself.
 */
export type Fix =
  | { readonly kind: 'rename'; readonly objective: ObjectiveId; readonly to: string }
  | {
      readonly kind: 'move-to-kpi';
      readonly objective: ObjectiveId;
      /** The KPI to add in place of the objective; outcome is the core customer outcome, if any. */
      readonly kpi: {
        readonly name: string;
        readonly indicator: 'lagging';
        readonly outcome: CustomerOutcome | null;
      };
    }
  | {
      readonly kind: 'move-to-initiative';
      readonly objective: ObjectiveId;
      readonly initiative: { readonly name: string };
    }
  | { readonly kind: 'add-kpi'; readonly objective: ObjectiveId; readonly indicator: Indicator }
  | {
      readonly kind: 'add-objective';
      readonly perspective: PerspectiveId;
      readonly stakeholder: string | null;
      readonly name: string;
    };

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly category: Category;
  readonly scorecard: ScorecardId;
  readonly objective: ObjectiveId | null;
  readonly kpi: KpiId | null;
  /** What is wrong, naming the thing. */
  readonly message: string;
  /** Why it matters for the strategy. */
  readonly why: string;
  /** How to fix it, in words. */
  readonly suggestion: string;
  readonly fix: Fix | null;
}

/** What a rule's check returns; the engine adds rule, severity, category and scorecard. */
export interface RawFinding {
  readonly objective?: ObjectiveId | null;
  readonly kpi?: KpiId | null;
  readonly message: string;
  readonly why: string;
  readonly suggestion: string;
  readonly fix?: Fix | null;
}

export interface RuleContext {
  readonly strategy: Strategy;
  readonly scorecard: Scorecard;
  /** The period to lint as of (for rules about data being due); null when not given. */
  readonly period: Period | null;
  /** The rule's options from the configuration (the setting object minus `level`). */
  readonly options: Readonly<Record<string, unknown>>;
  /** Objectives of this scorecard that other objectives name as their parent. */
  readonly hasChildren: (objective: Objective) => boolean;
}

export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly category: Category;
  readonly description: string;
  readonly check: (ctx: RuleContext) => readonly RawFinding[];
}

/** Workspace-level configuration; the strategy file's `lint:` section is applied over it. */
export interface LintConfig {
  readonly rules?: Readonly<Partial<Record<RuleId, RuleSetting>>>;
}

export interface SuppressedFinding {
  readonly finding: Finding;
  readonly reason: string;
}

/** One objective's suppression as declared, and how many findings it hid. */
export interface Suppression {
  readonly scorecard: ScorecardId;
  readonly objective: ObjectiveId;
  readonly rules: readonly string[];
  readonly reason: string;
  readonly suppressed: number;
}

export interface CategoryScore {
  readonly category: Category;
  /** Points available to this category (they sum to 100 across categories). */
  readonly budget: number;
  readonly lost: number;
  readonly score: number;
}

export interface FindingCost {
  readonly finding: Finding;
  /** Points this finding took off the score (after diminishing returns). */
  readonly cost: number;
}

export interface QualityScore {
  /** 0..100, rounded to one decimal. */
  readonly score: number;
  readonly categories: readonly CategoryScore[];
  /** Every finding with its cost, most expensive first. */
  readonly costs: readonly FindingCost[];
}

export interface ScorecardLintReport {
  readonly scorecard: ScorecardId;
  readonly name: string;
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  readonly suppressions: readonly Suppression[];
  readonly quality: QualityScore;
}

export interface LintReport {
  readonly scorecards: readonly ScorecardLintReport[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** Rules that ran, with the level they ran at (after configuration). */
  readonly rules: readonly { readonly id: RuleId; readonly severity: Severity }[];
}

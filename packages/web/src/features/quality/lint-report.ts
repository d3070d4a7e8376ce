/**
 * The lint report as the API sends it (GET …/scorecards/{id}/lint, docs/linting.md). The shared
 * `LintResponse` in api/types.ts types only part of it; the quality feature needs the rest.
 */
import type { Finding, LintResponse } from '../../api/types.ts';

export type Severity = Finding['severity'];

/** Most severe first: the order findings, markers and counts use. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The categories in the order docs/linting.md lists them (and the score shares them out). */
export const CATEGORIES = [
  'wording',
  'measurement',
  'cause-effect',
  'customer',
  'execution',
] as const;

export interface CategoryScore {
  readonly category: string;
  /** Points available to the category; the budgets sum to 100. */
  readonly budget: number;
  readonly lost: number;
  readonly score: number;
}

export interface FindingCost {
  readonly finding: Finding;
  /** Points the finding took off the score. */
  readonly cost: number;
}

export interface QualityScore {
  /** 0..100, one decimal. */
  readonly score: number;
  readonly categories: readonly CategoryScore[];
  readonly costs: readonly FindingCost[];
}

export interface SuppressedFinding {
  readonly finding: Finding;
  readonly reason: string;
}

export interface Suppression {
  readonly objective: string;
  readonly rules: readonly string[];
  readonly reason: string;
  readonly suppressed: number;
}

export interface RuleLevel {
  readonly id: string;
  readonly severity: Severity;
}

export interface LintReport extends LintResponse {
  readonly quality: QualityScore;
  readonly suppressed: readonly SuppressedFinding[];
  readonly suppressions: readonly Suppression[];
  readonly period: string | null;
  /** The rules that ran, at the level they ran at (rules turned off are absent). */
  readonly rules: readonly RuleLevel[];
}

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

/** Negative when a is more severe than b (for sorting worst first). */
export function compareSeverity(a: Severity, b: Severity): number {
  return rank(a) - rank(b);
}

export function worstSeverity(severities: Iterable<Severity>): Severity | null {
  let worst: Severity | null = null;
  for (const s of severities) if (worst === null || compareSeverity(s, worst) < 0) worst = s;
  return worst;
}

/** A stable identity for a finding: the report has no ids, but these fields never repeat together. */
export function findingKey(f: Finding): string {
  return [f.rule, f.objective ?? '', f.kpi ?? '', f.message].join('|');
}

/**
 * How the panel arranges a lint report: findings by category (the score's own breakdown), and
 * inside a category by rule, so a reason shared by many findings is said once.
 */
import type { Finding } from '../../api/types.ts';
import {
  CATEGORIES,
  compareSeverity,
  findingKey,
  SEVERITIES,
  worstSeverity,
  type FindingCost,
  type LintReport,
  type Severity,
} from './lint-report.ts';
import { categoryLabel, ruleCategory, ruleTitle } from './rule-meta.ts';

export type SeverityCounts = Readonly<Record<Severity, number>>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export interface RuleGroup {
  readonly rule: string;
  readonly title: string;
  readonly severity: Severity;
  readonly findings: readonly Finding[];
  /** The "why" when every finding of the rule gives the same one (said once), else null. */
  readonly why: string | null;
  /** Likewise the suggestion. */
  readonly suggestion: string | null;
  /** Points these findings cost together. */
  readonly cost: number;
}

export interface CategoryGroup {
  readonly category: string;
  readonly label: string;
  readonly counts: SeverityCounts;
  readonly worst: Severity;
  readonly total: number;
  readonly rules: readonly RuleGroup[];
}

function common(values: readonly string[]): string | null {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : null;
}

/** Per finding key, what it cost (the report lists costs with the findings themselves). */
export function costIndex(costs: readonly FindingCost[]): ReadonlyMap<string, number> {
  return new Map(costs.map((c) => [findingKey(c.finding), c.cost]));
}

function groupRules(findings: readonly Finding[], costs: ReadonlyMap<string, number>): RuleGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const groups = [...byRule].map(([rule, list]): RuleGroup => ({
    rule,
    title: ruleTitle(rule),
    severity: worstSeverity(list.map((f) => f.severity)) ?? 'info',
    findings: list,
    why: common(list.map((f) => f.why)),
    suggestion: common(list.map((f) => f.suggestion)),
    cost: list.reduce((sum, f) => sum + (costs.get(findingKey(f)) ?? 0), 0),
  }));
  // Worst first, then the rule that costs most: the order in which fixing pays off.
  return groups.sort((a, b) => compareSeverity(a.severity, b.severity) || b.cost - a.cost);
}

/** Findings by category in the documented order; empty categories are left out. */
export function groupFindings(
  findings: readonly Finding[],
  costs: readonly FindingCost[] = [],
): CategoryGroup[] {
  const index = costIndex(costs);
  const known: readonly string[] = CATEGORIES;
  const extra = [...new Set(findings.map((f) => f.category))].filter((c) => !known.includes(c));
  return [...known, ...extra].flatMap((category) => {
    const inCategory = findings.filter((f) => f.category === category);
    if (inCategory.length === 0) return [];
    return [
      {
        category,
        label: categoryLabel(category),
        counts: countBySeverity(inCategory),
        worst: worstSeverity(inCategory.map((f) => f.severity)) ?? 'info',
        total: inCategory.length,
        rules: groupRules(inCategory, index),
      },
    ];
  });
}

/** Categories open by default: those with an error or a warning (info alone can wait). */
export function defaultOpenCategories(groups: readonly CategoryGroup[]): string[] {
  return groups.filter((g) => g.worst !== 'info').map((g) => g.category);
}

export interface RuleRow {
  readonly id: string;
  readonly title: string;
  readonly category: string | null;
  readonly severity: Severity;
  readonly findings: number;
  readonly suppressed: number;
}

/** Every rule that ran with its findings counted; rules with findings first, then by category. */
export function ruleRows(report: Pick<LintReport, 'rules' | 'findings' | 'suppressed'>): RuleRow[] {
  const count = (list: readonly Finding[], id: string) => list.filter((f) => f.rule === id).length;
  const hidden = report.suppressed.map((s) => s.finding);
  const order: readonly string[] = CATEGORIES;
  const position = (c: string | null) => (c === null ? order.length : order.indexOf(c));
  return report.rules
    .map((r) => ({
      id: r.id,
      title: ruleTitle(r.id),
      category:
        ruleCategory(r.id) ?? report.findings.find((f) => f.rule === r.id)?.category ?? null,
      severity: r.severity,
      findings: count(report.findings, r.id),
      suppressed: count(hidden, r.id),
    }))
    .sort(
      (a, b) =>
        Number(b.findings > 0) - Number(a.findings > 0) ||
        position(a.category) - position(b.category) ||
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
    );
}

/** The URL's list of open categories: absent means the default; "none" that all are closed. */
export function parseOpenCategories(
  param: string | null,
  groups: readonly CategoryGroup[],
): string[] {
  if (param === null) return defaultOpenCategories(groups);
  if (param === 'none') return [];
  return param.split(',').filter((c) => groups.some((g) => g.category === c));
}

export function formatOpenCategories(open: readonly string[]): string {
  return open.length ? open.join(',') : 'none';
}

import type { Objective, Scorecard, Strategy } from '../model/strategy.ts';
import type { Period } from '../periods/period.ts';
import { resolveRule } from './config.ts';
import { qualityScore } from './quality-score.ts';
import { RULES } from './rules/index.ts';
import type {
  Finding,
  LintConfig,
  LintReport,
  Rule,
  ScorecardLintReport,
  Severity,
  SuppressedFinding,
  Suppression,
} from './types.ts';

export interface LintOptions {
  /** Lint as of this period (rules about overdue data run only with it). */
  readonly period?: Period | null;
  /** Workspace configuration; the strategy file's `lint:` section applies over it. */
  readonly config?: LintConfig;
  /** The rules to run; default all (tests pass one). */
  readonly rules?: readonly Rule[];
}

/**
 * Lints a strategy: runs every enabled rule over every scorecard, applies the configured levels
 * and the objectives' justified suppressions, and scores each scorecard's quality. Pure.
 */
export function lintStrategy(strategy: Strategy, options: LintOptions = {}): LintReport {
  const active = (options.rules ?? RULES).flatMap((rule) => {
    const resolved = resolveRule(rule, options.config, strategy);
    return resolved.enabled
      ? [{ rule, severity: resolved.severity, options: resolved.options }]
      : [];
  });
  const scorecards = strategy.scorecards.map((scorecard) =>
    lintScorecard(strategy, scorecard, active, options.period ?? null),
  );
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const s of scorecards) for (const f of s.findings) counts[f.severity]++;
  return {
    scorecards,
    counts,
    rules: active.map((a) => ({ id: a.rule.id, severity: a.severity })),
  };
}

function lintScorecard(
  strategy: Strategy,
  scorecard: Scorecard,
  active: readonly { rule: Rule; severity: Severity; options: Record<string, unknown> }[],
  period: Period | null,
): ScorecardLintReport {
  const parents = new Set(scorecard.objectives.map((o) => o.parent).filter((p) => p !== null));
  const hasChildren = (o: Objective) => parents.has(o.id);
  const byId = new Map(scorecard.objectives.map((o) => [o.id as string, o]));
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const hidden = new Map<string, number>();
  for (const { rule, severity, options } of active) {
    const raw = rule.check({ strategy, scorecard, period, options, hasChildren });
    for (const r of raw) {
      const finding: Finding = {
        rule: rule.id,
        severity,
        category: rule.category,
        scorecard: scorecard.id,
        objective: r.objective ?? null,
        kpi: r.kpi ?? null,
        message: r.message,
        why: r.why,
        suggestion: r.suggestion,
        fix: r.fix ?? null,
      };
      const suppression =
        finding.objective === null ? null : (byId.get(finding.objective)?.lint ?? null);
      if (suppression?.ignore.includes(rule.id)) {
        suppressed.push({ finding, reason: suppression.reason });
        hidden.set(finding.objective!, (hidden.get(finding.objective!) ?? 0) + 1);
      } else findings.push(finding);
    }
  }
  const suppressions: Suppression[] = scorecard.objectives.flatMap((o) =>
    o.lint
      ? [
          {
            scorecard: scorecard.id,
            objective: o.id,
            rules: o.lint.ignore,
            reason: o.lint.reason,
            suppressed: hidden.get(o.id) ?? 0,
          },
        ]
      : [],
  );
  return {
    scorecard: scorecard.id,
    name: scorecard.name,
    findings,
    suppressed,
    suppressions,
    quality: qualityScore(findings, scorecard.objectives.length),
  };
}

import {
  CATEGORIES,
  type Category,
  type CategoryScore,
  type Finding,
  type FindingCost,
  type QualityScore,
  type Severity,
} from './types.ts';

/**
 * The quality score (docs/linting.md): 100 points shared among the categories. Each finding
 * takes a fraction of what is left of its category's budget, so deductions diminish: the first
 * error in a category costs the most, and a category can reach 0 but never go below it.
 *
 *   fraction(finding) = SEVERITY_FRACTION[severity] × min(1, 10 / objectives)
 *   category score    = budget × Π (1 − fraction)      (findings taken most severe first)
 *
 * Larger maps have proportionally more findings for the same habits, so each finding on a map of
 * more than 10 objectives weighs less (10/n): a 40-objective map pays a quarter per finding.
 */
export const CATEGORY_BUDGETS: Readonly<Record<Category, number>> = {
  wording: 25,
  measurement: 25,
  'cause-effect': 20,
  customer: 15,
  execution: 15,
};

export const SEVERITY_FRACTION: Readonly<Record<Severity, number>> = {
  error: 0.3,
  warning: 0.12,
  info: 0.03,
};

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function qualityScore(findings: readonly Finding[], objectiveCount: number): QualityScore {
  const scale = Math.min(1, 10 / Math.max(1, objectiveCount));
  const costs: FindingCost[] = [];
  const categories: CategoryScore[] = CATEGORIES.map((category) => {
    const budget = CATEGORY_BUDGETS[category];
    let left = budget;
    const mine = findings
      .filter((f) => f.category === category)
      .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    for (const finding of mine) {
      const cost = left * SEVERITY_FRACTION[finding.severity] * scale;
      left -= cost;
      costs.push({ finding, cost: round(cost, 2) });
    }
    return { category, budget, lost: round(budget - left, 2), score: round(left, 2) };
  });
  const total = categories.reduce((sum, c) => sum + c.score, 0);
  costs.sort((a, b) => b.cost - a.cost);
  return { score: round(total, 1), categories, costs };
}

export interface QualityTrendPoint {
  /** A label for the version: a commit, a date, a file name. */
  readonly label: string;
  readonly score: number;
  /** Change from the previous point; null for the first. */
  readonly delta: number | null;
  readonly direction: 'up' | 'down' | 'flat' | null;
  readonly categoryDeltas: Readonly<Record<Category, number>> | null;
  /** Findings new since the previous point, and ones that went away (by rule and place). */
  readonly introduced: readonly Finding[];
  readonly resolved: readonly Finding[];
}

/** Compares successive quality scores of one scorecard as the strategy changes. */
export function qualityTrend(
  points: readonly { readonly label: string; readonly quality: QualityScore }[],
): QualityTrendPoint[] {
  return points.map((point, i) => {
    const previous = i === 0 ? null : points[i - 1]!;
    if (previous === null) {
      return {
        label: point.label,
        score: point.quality.score,
        delta: null,
        direction: null,
        categoryDeltas: null,
        introduced: [],
        resolved: [],
      };
    }
    const delta = round(point.quality.score - previous.quality.score, 1);
    const categoryDeltas = Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        round(scoreOf(point.quality, c) - scoreOf(previous.quality, c), 2),
      ]),
    ) as Record<Category, number>;
    const now = findingsOf(point.quality);
    const before = findingsOf(previous.quality);
    return {
      label: point.label,
      score: point.quality.score,
      delta,
      direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat',
      categoryDeltas,
      introduced: [...now].filter(([k]) => !before.has(k)).map(([, f]) => f),
      resolved: [...before].filter(([k]) => !now.has(k)).map(([, f]) => f),
    };
  });
}

function scoreOf(q: QualityScore, c: Category): number {
  return q.categories.find((x) => x.category === c)?.score ?? 0;
}

function findingsOf(q: QualityScore): Map<string, Finding> {
  return new Map(
    q.costs.map(({ finding: f }) => [
      `${f.rule}|${f.objective ?? ''}|${f.kpi ?? ''}|${f.message}`,
      f,
    ]),
  );
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

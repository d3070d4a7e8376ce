import type {
  ObjectiveScore,
  Period,
  PreparedStrategy,
  ScoreNumbers,
  ScorecardScore,
} from '@bearing/core';
import { baselineScoreAll, type BaselineScratch } from './baseline.ts';
import type { FlatEnterprise } from './flatten.ts';

/**
 * Checks, outside the timed runs, that the baseline computes what the engine computes: a floor
 * that skips work is no floor. Returns what disagrees (empty when all agree); on a disagreement it
 * also names the first objectives and KPIs that differ, so the rule at fault is easy to find.
 */
const TOLERANCE = 1e-9;
const SHOWN = 5;

/** What the engine computed, by the baseline's ids: from score trees or from a numeric pass. */
export interface EngineScores {
  readonly scorecards: readonly { readonly id: string; readonly score: number | null }[];
  /** By `<scorecardId>/<objectiveId>` and `<scorecardId>/<kpiId>`. */
  readonly objectives: ReadonlyMap<string, number | null>;
  readonly kpis: ReadonlyMap<string, number | null>;
}

export function compareScorecards(
  flat: FlatEnterprise,
  scratch: BaselineScratch,
  engine: EngineScores,
  period: Period,
): string[] {
  const ours = baselineScoreAll(flat, scratch, period);
  const problems: string[] = [];
  const cards = engine.scorecards;
  if (cards.length !== ours.length) {
    problems.push(`the engine scored ${cards.length} scorecards, the baseline ${ours.length}`);
  }
  cards.forEach((card, c) => {
    const id = flat.scorecardIds[c];
    if (card.id !== id)
      problems.push(`scorecard ${c} is ${card.id} in the engine, ${id} in the baseline`);
    else if (!same(card.score, ours[c]!)) {
      problems.push(`${period.key} ${id}: engine ${card.score}, baseline ${ours[c]}`);
    }
  });
  if (problems.length > 0) problems.push(...firstNodeDifferences(flat, scratch, engine));
  return problems;
}

/** Compares one scorecard's score per period, the baseline scoring the whole cascade each time. */
export function compareHistory(
  flat: FlatEnterprise,
  scratch: BaselineScratch,
  scorecardIndex: number,
  engine: readonly (number | null)[],
  periods: readonly Period[],
): string[] {
  const problems: string[] = [];
  periods.forEach((period, i) => {
    const ours = baselineScoreAll(flat, scratch, period)[scorecardIndex]!;
    const theirs = engine[i] ?? null;
    if (!same(theirs, ours)) {
      problems.push(
        `${period.key} ${flat.scorecardIds[scorecardIndex]}: engine ${theirs}, baseline ${ours}`,
      );
    }
  });
  return problems;
}

function same(engine: number | null, baseline: number): boolean {
  if (engine === null) return Number.isNaN(baseline);
  return Math.abs(engine - baseline) <= TOLERANCE;
}

/** The scores of score trees, walking every objective once. */
export function scoresOfTrees(trees: readonly ScorecardScore[]): EngineScores {
  const objectives = new Map<string, number | null>();
  const kpis = new Map<string, number | null>();
  const visit = (o: ObjectiveScore): void => {
    const key = `${o.scorecard}/${o.id}`;
    if (objectives.has(key)) return;
    objectives.set(key, o.score);
    for (const k of o.kpis) kpis.set(`${o.scorecard}/${k.id}`, k.score);
    o.objectives.forEach(visit);
    o.contributors.forEach(visit);
  };
  for (const card of trees) for (const p of card.perspectives) p.objectives.forEach(visit);
  return { scorecards: trees.map((t) => ({ id: t.id, score: t.score })), objectives, kpis };
}

/** The scores of a numeric pass over every scorecard, read through its accessors. */
export function scoresOfNumbers(prepared: PreparedStrategy, numbers: ScoreNumbers): EngineScores {
  const objectives = new Map<string, number | null>();
  const kpis = new Map<string, number | null>();
  for (const ps of prepared.scorecards) {
    const card = ps.scorecard.id;
    for (const po of ps.objectiveById.values()) {
      objectives.set(`${card}/${po.objective.id}`, numbers.objectiveScore(po));
      for (const pk of po.kpis) kpis.set(`${card}/${pk.id}`, numbers.kpiScore(pk));
    }
  }
  const scorecards = prepared.scorecards.map((ps) => ({
    id: ps.scorecard.id,
    score: numbers.scorecardScore(ps),
  }));
  return { scorecards, objectives, kpis };
}

/** Lists the first objectives and KPIs whose scores differ. */
function firstNodeDifferences(
  flat: FlatEnterprise,
  scratch: BaselineScratch,
  engine: EngineScores,
): string[] {
  const out: string[] = [];
  const check = (
    kind: string,
    ids: readonly string[],
    baseline: Float64Array,
    scores: ReadonlyMap<string, number | null>,
  ) => {
    let shown = 0;
    ids.forEach((id, i) => {
      const theirs = scores.get(id);
      if (theirs === undefined || same(theirs, baseline[i]!) || shown++ >= SHOWN) return;
      out.push(`  ${kind} ${id}: engine ${theirs}, baseline ${baseline[i]}`);
    });
  };
  check('KPI', flat.kpiIds, scratch.kpiScore, engine.kpis);
  check('objective', flat.objectiveIds, scratch.objectiveScore, engine.objectives);
  return out;
}

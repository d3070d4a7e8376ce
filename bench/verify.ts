import type { ObjectiveScore, Period, ScorecardScore } from '@bearing/core';
import { baselineScoreAll, type BaselineScratch } from './baseline.ts';
import type { FlatEnterprise } from './flatten.ts';

/**
 * Checks, outside the timed runs, that the baseline computes what the engine computes: a floor
 * that skips work is no floor. Returns what disagrees (empty when all agree); on a disagreement it
 * also names the first objectives and KPIs that differ, so the rule at fault is easy to find.
 */
const TOLERANCE = 1e-9;
const SHOWN = 5;

export function compareScorecards(
  flat: FlatEnterprise,
  scratch: BaselineScratch,
  engine: readonly ScorecardScore[],
  period: Period,
): string[] {
  const ours = baselineScoreAll(flat, scratch, period);
  const problems: string[] = [];
  if (engine.length !== ours.length) {
    problems.push(`the engine scored ${engine.length} scorecards, the baseline ${ours.length}`);
  }
  engine.forEach((card, c) => {
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

/** Walks the engine's trees and lists the first objectives and KPIs whose scores differ. */
function firstNodeDifferences(
  flat: FlatEnterprise,
  scratch: BaselineScratch,
  engine: readonly ScorecardScore[],
): string[] {
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
  for (const card of engine) for (const p of card.perspectives) p.objectives.forEach(visit);
  const out: string[] = [];
  const check = (
    kind: string,
    ids: readonly string[],
    baseline: Float64Array,
    scores: Map<string, number | null>,
  ) => {
    let shown = 0;
    ids.forEach((id, i) => {
      const theirs = scores.get(id);
      if (theirs === undefined || same(theirs, baseline[i]!) || shown++ >= SHOWN) return;
      out.push(`  ${kind} ${id}: engine ${theirs}, baseline ${baseline[i]}`);
    });
  };
  check('KPI', flat.kpiIds, scratch.kpiScore, kpis);
  check('objective', flat.objectiveIds, scratch.objectiveScore, objectives);
  return out;
}

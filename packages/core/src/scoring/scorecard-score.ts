import type { ScorecardId } from '../model/ids.ts';
import type { Period } from '../periods/period.ts';
import { createRunContext, type RunContext } from './context.ts';
import { scorePreparedKpi } from './kpi-score.ts';
import { lookupScorecard } from './lookup.ts';
import type { PreparedObjective, PreparedScorecard, PreparedStrategy } from './prepare.ts';
import { Rollup } from './rollup.ts';
import { statusFor } from './status.ts';
import type { KpiScore, ObjectiveScore, PerspectiveScore, ScorecardScore } from './types.ts';

/**
 * Scores an objective with its KPIs, sub-objectives and cascade contributors, once per run.
 * Returns null when the objective is already being scored further up: a cycle (which
 * validation rejects) is cut there instead of recursing forever.
 */
export function scoreObjective(po: PreparedObjective, ctx: RunContext): ObjectiveScore | null {
  const memo = ctx.memo[po.index];
  if (memo !== undefined) return memo;
  ctx.memo[po.index] = null;
  const objective = po.objective;
  const rollup = new Rollup(objective.rollup);
  const kpis: KpiScore[] = [];
  for (const pk of po.kpis) {
    const k = scorePreparedKpi(pk, ctx);
    kpis.push(k);
    rollup.add(k);
  }
  const objectives = scoreObjectives(po.children, ctx, rollup);
  const contributors = scoreObjectives(po.contributors, ctx, rollup);
  const score = rollup.score();
  const result: ObjectiveScore = {
    id: objective.id,
    name: objective.name,
    scorecard: po.scorecard.id,
    perspective: objective.perspective,
    score,
    status: statusFor(score, po.scorecard.thresholds),
    coverage: rollup.coverage(),
    weight: objective.weight,
    rollup: objective.rollup,
    objectives,
    contributors,
    kpis,
  };
  ctx.memo[po.index] = result;
  return result;
}

function scoreObjectives(
  list: readonly PreparedObjective[],
  ctx: RunContext,
  rollup: Rollup,
): ObjectiveScore[] {
  const out: ObjectiveScore[] = [];
  for (const po of list) {
    const scored = scoreObjective(po, ctx);
    if (scored === null) continue;
    out.push(scored);
    rollup.add(scored);
  }
  return out;
}

export function scorePreparedScorecard(ps: PreparedScorecard, ctx: RunContext): ScorecardScore {
  const scorecard = ps.scorecard;
  const thresholds = scorecard.thresholds;
  const total = new Rollup('weighted');
  const perspectives: PerspectiveScore[] = [];
  for (const pp of ps.perspectives) {
    const rollup = new Rollup('weighted');
    const objectives = scoreObjectives(pp.objectives, ctx, rollup);
    const score = rollup.score();
    const perspective: PerspectiveScore = {
      id: pp.perspective.id,
      name: pp.perspective.name,
      score,
      status: statusFor(score, thresholds),
      coverage: rollup.coverage(),
      weight: pp.perspective.weight,
      objectives,
    };
    total.add(perspective);
    perspectives.push(perspective);
  }
  const score = total.score();
  return {
    id: scorecard.id,
    name: scorecard.name,
    period: ctx.period.key,
    score,
    status: statusFor(score, thresholds),
    coverage: total.coverage(),
    perspectives,
  };
}

/** Scores one scorecard as of `period`, including the objectives that cascade into it. */
export function scoreScorecard(
  prepared: PreparedStrategy,
  scorecardId: ScorecardId,
  period: Period,
): ScorecardScore {
  return scorePreparedScorecard(
    lookupScorecard(prepared, scorecardId),
    createRunContext(period, prepared.objectiveCount),
  );
}

/**
 * Scores every scorecard as of `period` in one run: an objective that cascades into another
 * scorecard is scored once and the same result object appears in both trees.
 */
export function scoreAllScorecards(prepared: PreparedStrategy, period: Period): ScorecardScore[] {
  const ctx = createRunContext(period, prepared.objectiveCount);
  return prepared.scorecards.map((ps) => scorePreparedScorecard(ps, ctx));
}

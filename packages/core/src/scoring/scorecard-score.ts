import type { ScorecardId } from '../model/ids.ts';
import type { Period } from '../periods/period.ts';
import { kpiScoreFrom, nullIfNaN } from './kpi-score.ts';
import { lookupScorecard } from './lookup.ts';
import { ScoreNumbers, computeAll, computeScorecard } from './numbers.ts';
import type { PreparedScorecard, PreparedStrategy } from './prepare.ts';
import { statusFor } from './status.ts';
import type { KpiScore, ObjectiveScore, PerspectiveScore, ScorecardScore } from './types.ts';

/**
 * The presentation pass: `ScorecardScore` trees read from a numeric pass (numbers.ts), with no
 * arithmetic of their own. One builder per run, so an objective that cascades into another
 * scorecard becomes one object that appears in both trees.
 */
class TreeBuilder {
  private readonly memo: (ObjectiveScore | undefined)[] = [];

  constructor(private readonly numbers: ScoreNumbers) {}

  objective(o: number): ObjectiveScore {
    const built = this.memo[o];
    if (built !== undefined) return built;
    const { plan, period, objective: level } = this.numbers;
    const po = plan.objectives[o];
    if (po === undefined) throw new RangeError(`no objective ${o}`); // a bug, not data
    const kpis: KpiScore[] = [];
    for (let k = plan.kpiFrom[o] ?? 0; k < (plan.kpiFrom[o + 1] ?? 0); k++) {
      const pk = plan.kpis[k];
      if (pk !== undefined) kpis.push(kpiScoreFrom(pk, this.numbers.kpi, k, period));
    }
    const objective = po.objective;
    const score = nullIfNaN(level.score[o]);
    const result: ObjectiveScore = {
      id: objective.id,
      name: objective.name,
      scorecard: po.scorecard.id,
      perspective: objective.perspective,
      score,
      status: statusFor(score, po.scorecard.thresholds),
      coverage: { scored: level.scored[o] ?? 0, total: level.total[o] ?? 0 },
      weight: objective.weight,
      rollup: objective.rollup,
      objectives: this.list(plan.children, plan.childFrom[o] ?? 0, plan.childFrom[o + 1] ?? 0),
      contributors: this.list(
        plan.contributors,
        plan.contributorFrom[o] ?? 0,
        plan.contributorFrom[o + 1] ?? 0,
      ),
      kpis,
    };
    this.memo[o] = result;
    return result;
  }

  private list(indices: Int32Array, from: number, to: number): ObjectiveScore[] {
    const out: ObjectiveScore[] = [];
    for (let i = from; i < to; i++) out.push(this.objective(indices[i] ?? 0));
    return out;
  }

  scorecard(ps: PreparedScorecard): ScorecardScore {
    const { plan, period, perspective: level } = this.numbers;
    const thresholds = ps.scorecard.thresholds;
    const perspectives = ps.perspectives.map((pp): PerspectiveScore => {
      const p = pp.index;
      const score = nullIfNaN(level.score[p]);
      return {
        id: pp.perspective.id,
        name: pp.perspective.name,
        score,
        status: statusFor(score, thresholds),
        coverage: { scored: level.scored[p] ?? 0, total: level.total[p] ?? 0 },
        weight: pp.perspective.weight,
        objectives: this.list(
          plan.topLevel,
          plan.topLevelFrom[p] ?? 0,
          plan.topLevelFrom[p + 1] ?? 0,
        ),
      };
    });
    const score = this.numbers.scorecardScore(ps);
    return {
      id: ps.scorecard.id,
      name: ps.scorecard.name,
      period: period.key,
      score,
      status: statusFor(score, thresholds),
      coverage: this.numbers.scorecardCoverage(ps),
      perspectives,
    };
  }
}

/** The `ScorecardScore` trees of a numeric pass's scorecards (those it computed). */
export function buildScorecards(
  numbers: ScoreNumbers,
  scorecards: readonly PreparedScorecard[],
): ScorecardScore[] {
  const builder = new TreeBuilder(numbers);
  return scorecards.map((ps) => builder.scorecard(ps));
}

/**
 * Scores one scorecard as of `period`, including the objectives that cascade into it. The
 * numeric pass covers only that scorecard and its cascade, not the whole strategy.
 */
export function scoreScorecard(
  prepared: PreparedStrategy,
  scorecardId: ScorecardId,
  period: Period,
): ScorecardScore {
  const ps = lookupScorecard(prepared, scorecardId);
  const numbers = new ScoreNumbers(prepared.plan, period);
  computeScorecard(numbers, ps);
  return new TreeBuilder(numbers).scorecard(ps);
}

/**
 * Scores every scorecard as of `period` in one run: an objective that cascades into another
 * scorecard is scored once and the same result object appears in both trees.
 */
export function scoreAllScorecards(prepared: PreparedStrategy, period: Period): ScorecardScore[] {
  const numbers = new ScoreNumbers(prepared.plan, period, false);
  computeAll(numbers);
  return buildScorecards(numbers, prepared.scorecards);
}

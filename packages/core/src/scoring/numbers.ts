import type { ScorecardId } from '../model/ids.ts';
import type { Period } from '../periods/period.ts';
import { createRunContext } from './context.ts';
import {
  OVERDUE,
  SOURCE_NONE,
  STALE,
  createKpiNumbers,
  nullIfNaN,
  type KpiNumbers,
  type PreparedKpi,
} from './kpi-score.ts';
import { lookupScorecard } from './lookup.ts';
import { scorecardScope, type ScoringPlan } from './plan.ts';
import type {
  PreparedObjective,
  PreparedPerspective,
  PreparedScorecard,
  PreparedStrategy,
} from './prepare.ts';
import { runNumericPass } from './numeric-pass.ts';
import type { Coverage } from './types.ts';

/** Scores and coverage of one level (objectives, perspectives or scorecards) by index. */
export interface NodeNumbers {
  /** NaN = no score. */
  readonly score: Float64Array;
  readonly scored: Int32Array;
  readonly total: Int32Array;
}

function createNodeNumbers(size: number, blank: boolean): NodeNumbers {
  const score = new Float64Array(size);
  if (blank) score.fill(NaN);
  return { score, scored: new Int32Array(size), total: new Int32Array(size) };
}

/**
 * One period's scores for every node as typed arrays, indexed by the prepared indices
 * (`PreparedKpi.index`, `PreparedObjective.index`, …). The accessors turn NaN back into null.
 * A run scoped to one scorecard leaves the nodes it does not depend on at null.
 */
export class ScoreNumbers {
  readonly kpi: KpiNumbers;
  readonly objective: NodeNumbers;
  readonly perspective: NodeNumbers;
  readonly scorecard: NodeNumbers;

  /** `blank: false` skips filling with "no score" when a run over everything follows. */
  constructor(
    readonly plan: ScoringPlan,
    public period: Period,
    blank = true,
  ) {
    this.kpi = createKpiNumbers(plan.kpis.length, blank);
    this.objective = createNodeNumbers(plan.objectives.length, blank);
    this.perspective = createNodeNumbers(plan.perspectives.length, blank);
    this.scorecard = createNodeNumbers(plan.scorecards.length, blank);
  }

  scorecardScore(ps: PreparedScorecard): number | null {
    return nullIfNaN(this.scorecard.score[ps.index]);
  }
  scorecardCoverage(ps: PreparedScorecard): Coverage {
    return coverageAt(this.scorecard, ps.index);
  }
  perspectiveScore(pp: PreparedPerspective): number | null {
    return nullIfNaN(this.perspective.score[pp.index]);
  }
  perspectiveCoverage(pp: PreparedPerspective): Coverage {
    return coverageAt(this.perspective, pp.index);
  }
  objectiveScore(po: PreparedObjective): number | null {
    return nullIfNaN(this.objective.score[po.index]);
  }
  objectiveCoverage(po: PreparedObjective): Coverage {
    return coverageAt(this.objective, po.index);
  }
  kpiScore(pk: PreparedKpi): number | null {
    return nullIfNaN(this.kpi.score[pk.index]);
  }
  kpiValue(pk: PreparedKpi): number | null {
    return nullIfNaN(this.kpi.value[pk.index]);
  }
  kpiProgress(pk: PreparedKpi): number | null {
    return nullIfNaN(this.kpi.progress[pk.index]);
  }
  /** Whether the KPI has a value for the period (its own, folded or carried forward). */
  kpiHasValue(pk: PreparedKpi): boolean {
    return this.kpi.source[pk.index] !== SOURCE_NONE;
  }
  kpiStale(pk: PreparedKpi): boolean {
    return ((this.kpi.flags[pk.index] ?? 0) & STALE) !== 0;
  }
  kpiOverdue(pk: PreparedKpi): boolean {
    return ((this.kpi.flags[pk.index] ?? 0) & OVERDUE) !== 0;
  }
}

function coverageAt(level: NodeNumbers, i: number): Coverage {
  return { scored: level.scored[i] ?? 0, total: level.total[i] ?? 0 };
}

/**
 * The numeric pass for `period`: every KPI, objective, perspective and scorecard, or with
 * `scorecardId` only that scorecard and what cascades into it (the rest reads as null).
 */
export function scoreNumbers(
  prepared: PreparedStrategy,
  period: Period,
  scorecardId?: ScorecardId,
): ScoreNumbers {
  if (scorecardId === undefined) {
    const numbers = new ScoreNumbers(prepared.plan, period, false);
    computeAll(numbers);
    return numbers;
  }
  const ps = lookupScorecard(prepared, scorecardId);
  const numbers = new ScoreNumbers(prepared.plan, period);
  computeScorecard(numbers, ps);
  return numbers;
}

/** Every node of the strategy into `numbers`, as of `numbers.period`. */
export function computeAll(numbers: ScoreNumbers): void {
  runNumericPass(numbers, createRunContext(numbers.period), numbers.plan.all);
}

/** One scorecard and its cascade into `numbers` (reusable for the same scorecard). */
export function computeScorecard(numbers: ScoreNumbers, ps: PreparedScorecard): void {
  runNumericPass(numbers, createRunContext(numbers.period), scorecardScope(numbers.plan, ps.index));
}

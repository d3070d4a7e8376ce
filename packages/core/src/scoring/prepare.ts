import type { Objective, Perspective, Scorecard, Strategy } from '../model/strategy.ts';
import { preparedKpi, type PreparedKpi } from './kpi-score.ts';
import { buildPlan, type ScoringPlan } from './plan.ts';
import { compileStrategyFormulas } from './prepare-formulas.ts';
import { PeriodCache, appendValues, createValueStore, type ValueStore } from './values.ts';

/**
 * A strategy indexed once for many scoring runs: values in one typed-array store, each objective
 * with its KPIs, sub-objectives and cascade contributors, each scorecard with id lookups.
 * Scoring never re-parses a period key or searches a list by id.
 */
export interface PreparedStrategy {
  readonly strategy: Strategy;
  readonly scorecards: readonly PreparedScorecard[];
  readonly scorecardById: ReadonlyMap<string, PreparedScorecard>;
  readonly store: ValueStore;
  /** The numeric pass's flat view: every node by index, roll-ups in evaluation order. */
  readonly plan: ScoringPlan;
}

export interface PreparedScorecard {
  readonly scorecard: Scorecard;
  /** Position in `PreparedStrategy.scorecards`. */
  readonly index: number;
  readonly perspectives: readonly PreparedPerspective[];
  readonly objectiveById: ReadonlyMap<string, PreparedObjective>;
  readonly kpiById: ReadonlyMap<string, PreparedKpi>;
}

export interface PreparedPerspective {
  readonly perspective: Perspective;
  /** Dense index over all scorecards' perspectives. */
  readonly index: number;
  /** Top-level objectives (no parent, or a parent that does not exist). */
  readonly objectives: readonly PreparedObjective[];
}

export interface PreparedObjective {
  readonly objective: Objective;
  readonly scorecard: Scorecard;
  /** Dense index over the whole strategy: the memo key of a scoring run. */
  readonly index: number;
  readonly kpis: readonly PreparedKpi[];
  readonly children: readonly PreparedObjective[];
  readonly contributors: readonly PreparedObjective[];
}

interface Building extends PreparedObjective {
  readonly children: PreparedObjective[];
  readonly contributors: PreparedObjective[];
}

export function prepareStrategy(strategy: Strategy): PreparedStrategy {
  const periods = new PeriodCache();
  const store = createValueStore(countValues(strategy), periods);
  let next = 0;
  let index = 0;
  let kpiIndex = 0;
  const perspectiveIndex = { next: 0 };
  const scorecards: PreparedScorecard[] = [];
  const scorecardById = new Map<string, PreparedScorecard>();
  const building: Building[][] = [];
  for (const scorecard of strategy.scorecards) {
    const kpiById = new Map<string, PreparedKpi>();
    const objectives = scorecard.objectives.map((objective): Building => {
      const kpis = objective.kpis.map((kpi) => {
        const slice = appendValues(store, next, kpi, periods);
        next = slice.to;
        const pk = preparedKpi(kpi, store, slice, scorecard.thresholds, periods, kpiIndex++);
        if (!kpiById.has(kpi.id)) kpiById.set(kpi.id, pk);
        return pk;
      });
      return { objective, scorecard, index: index++, kpis, children: [], contributors: [] };
    });
    const objectiveById = new Map<string, PreparedObjective>();
    for (const o of objectives)
      if (!objectiveById.has(o.objective.id)) objectiveById.set(o.objective.id, o);
    const prepared: PreparedScorecard = {
      scorecard,
      index: scorecards.length,
      perspectives: linkTree(scorecard.perspectives, objectives, objectiveById, perspectiveIndex),
      objectiveById,
      kpiById,
    };
    building.push(objectives);
    scorecards.push(prepared);
    if (!scorecardById.has(scorecard.id)) scorecardById.set(scorecard.id, prepared);
  }
  linkCascade(building, scorecardById);
  const objectives = building.flat();
  const formulas = compileStrategyFormulas(objectives, scorecardById, kpiIndex);
  const plan = buildPlan(scorecards, objectives, kpiIndex, store, formulas);
  return { strategy, scorecards, scorecardById, store, plan };
}

function countValues(strategy: Strategy): number {
  let n = 0;
  for (const sc of strategy.scorecards)
    for (const o of sc.objectives) for (const k of o.kpis) n += k.values.length;
  return n;
}

/** Hangs sub-objectives under their parents and groups the rest by perspective. */
function linkTree(
  perspectives: readonly Perspective[],
  objectives: readonly Building[],
  byId: ReadonlyMap<string, PreparedObjective>,
  counter: { next: number },
): PreparedPerspective[] {
  const topLevel = new Map<string, PreparedObjective[]>(perspectives.map((p) => [p.id, []]));
  for (const o of objectives) {
    const parentId = o.objective.parent;
    const parent = parentId === null ? undefined : (byId.get(parentId) as Building | undefined);
    if (parent !== undefined) parent.children.push(o);
    else topLevel.get(o.objective.perspective)?.push(o);
  }
  return perspectives.map((perspective) => ({
    perspective,
    index: counter.next++,
    objectives: topLevel.get(perspective.id) ?? [],
  }));
}

/** Adds each `contributesTo` objective to its target's contributors, in file order. */
function linkCascade(
  building: readonly (readonly Building[])[],
  scorecardById: ReadonlyMap<string, PreparedScorecard>,
): void {
  for (const objectives of building) {
    for (const o of objectives) {
      const ref = o.objective.contributesTo;
      if (ref === null) continue;
      const target = scorecardById.get(ref.scorecard)?.objectiveById.get(ref.objective);
      (target as Building | undefined)?.contributors.push(o);
    }
  }
}

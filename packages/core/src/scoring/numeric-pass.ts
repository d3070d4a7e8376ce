import type { RunContext } from './context.ts';
import { scoreKpiInto } from './kpi-score.ts';
import type { NodeNumbers, ScoreNumbers } from './numbers.ts';
import type { Scope } from './plan.ts';
import { Rollup } from './rollup.ts';

/**
 * The numeric pass over a scope: its objectives' KPIs (in store order), then the objectives in
 * evaluation order (children and contributors first), then the perspectives and scores of its
 * scorecards. Plain loops, one reused `Rollup`, results straight into typed arrays: no object
 * per node, no closure, no recursion.
 * The formulas are the engine's own (`scoreKpiInto` → formula.ts, aggregate.ts, targets.ts;
 * `Rollup`), so the object builders, which only read these arrays, cannot disagree with it.
 */
export function runNumericPass(numbers: ScoreNumbers, ctx: RunContext, scope: Scope): void {
  const plan = numbers.plan;
  const kpi = numbers.kpi;
  const obj = numbers.objective;
  const { params, kpiFrom, kpiWeight, kpiScorable, objectiveWeight, rollup: methods } = plan;
  const { childFrom, children, contributorFrom, contributors } = plan;
  const { order, byIndex } = scope;
  for (let n = 0; n < byIndex.length; n++) {
    const o = byIndex[n] ?? 0;
    for (let k = kpiFrom[o] ?? 0, end = kpiFrom[o + 1] ?? 0; k < end; k++)
      scoreKpiInto(params, k, ctx, kpi, k);
  }
  const rollup = new Rollup('weighted');
  for (let n = 0; n < order.length; n++) {
    const o = order[n] ?? 0;
    rollup.reset(methods[o] ?? 'weighted');
    for (let k = kpiFrom[o] ?? 0, end = kpiFrom[o + 1] ?? 0; k < end; k++)
      rollup.addScore(kpi.score[k] ?? NaN, kpiWeight[k] ?? 0, kpiScorable[k] ?? 0);
    addNodes(rollup, obj, objectiveWeight, children, childFrom[o] ?? 0, childFrom[o + 1] ?? 0);
    addNodes(
      rollup,
      obj,
      objectiveWeight,
      contributors,
      contributorFrom[o] ?? 0,
      contributorFrom[o + 1] ?? 0,
    );
    store(obj, o, rollup);
  }
  const { topLevelFrom, topLevel, perspectiveFrom, perspectiveWeight } = plan;
  const persp = numbers.perspective;
  for (let s = scope.fromCard; s < scope.toCard; s++) {
    const first = perspectiveFrom[s] ?? 0;
    const last = perspectiveFrom[s + 1] ?? 0;
    for (let p = first; p < last; p++) {
      rollup.reset('weighted');
      addNodes(
        rollup,
        obj,
        objectiveWeight,
        topLevel,
        topLevelFrom[p] ?? 0,
        topLevelFrom[p + 1] ?? 0,
      );
      store(persp, p, rollup);
    }
    rollup.reset('weighted');
    for (let p = first; p < last; p++)
      rollup.addScore(persp.score[p] ?? NaN, perspectiveWeight[p] ?? 0, persp.total[p] ?? 0);
    store(numbers.scorecard, s, rollup);
  }
}

/** Adds the objectives `list[from .. to)` to a roll-up as children. */
function addNodes(
  rollup: Rollup,
  level: NodeNumbers,
  weights: Float64Array,
  list: Int32Array,
  from: number,
  to: number,
): void {
  for (let i = from; i < to; i++) {
    const c = list[i] ?? 0;
    rollup.addScore(level.score[c] ?? NaN, weights[c] ?? 0, level.total[c] ?? 0);
  }
}

function store(level: NodeNumbers, i: number, rollup: Rollup): void {
  level.score[i] = rollup.value();
  level.scored[i] = rollup.scored;
  level.total[i] = rollup.total;
}

import type { CompiledFormula } from '../formulas/compile.ts';
import type { RollupMethod } from '../model/strategy.ts';
import { kpiParams, type KpiParams } from './kpi-params.ts';
import type { PreparedKpi } from './kpi-score.ts';
import type { PreparedObjective, PreparedPerspective, PreparedScorecard } from './prepare.ts';
import type { ValueStore } from './values.ts';

/**
 * The prepared strategy flattened for the numeric pass: every node by dense index, links as
 * index lists (CSR: node i's entries are `list[from[i] .. from[i + 1])`), weights in typed
 * arrays, and the objectives in an evaluation order where sub-objectives and contributors come
 * before the objective they roll into. A run is then one loop over `order`, no recursion.
 */
export interface ScoringPlan {
  readonly kpis: readonly PreparedKpi[];
  /** The KPIs' fields the numeric pass reads, as arrays. */
  readonly params: KpiParams;
  readonly objectives: readonly PreparedObjective[];
  readonly perspectives: readonly PreparedPerspective[];
  readonly scorecards: readonly PreparedScorecard[];
  /** Objective o's KPIs are `kpis[kpiFrom[o] .. kpiFrom[o + 1])`: prepare appends them so. */
  readonly kpiFrom: Int32Array;
  /** Sub-objectives, minus an edge that would close a cycle. */
  readonly childFrom: Int32Array;
  readonly children: Int32Array;
  /** Cascade contributors, minus an edge that would close a cycle. */
  readonly contributorFrom: Int32Array;
  readonly contributors: Int32Array;
  /** Top-level objectives by perspective. */
  readonly topLevelFrom: Int32Array;
  readonly topLevel: Int32Array;
  /** Perspectives by scorecard. */
  readonly perspectiveFrom: Int32Array;
  readonly kpiWeight: Float64Array;
  /** 1 when the KPI can be scored (not `none`): its coverage total as a roll-up child. */
  readonly kpiScorable: Uint8Array;
  readonly objectiveWeight: Float64Array;
  readonly rollup: readonly RollupMethod[];
  readonly perspectiveWeight: Float64Array;
  /** Every objective, children and contributors before parents. */
  readonly order: Int32Array;
  /** The whole strategy as a run's scope. */
  readonly all: Scope;
  /** `scorecardScope`'s cache, by scorecard index. */
  readonly scoped: (Scope | undefined)[];
}

/** What one run computes: objectives in evaluation order, then scorecards `[fromCard, toCard)`. */
export interface Scope {
  readonly order: Int32Array;
  /**
   * The same objectives by index, for the KPI phase: KPIs are scored in store order, so reads
   * of the value store stay sequential (in evaluation order they jump, and miss the cache).
   */
  readonly byIndex: Int32Array;
  readonly fromCard: number;
  readonly toCard: number;
}

function scope(order: Int32Array, fromCard: number, toCard: number): Scope {
  return { order, byIndex: order.slice().sort(), fromCard, toCard };
}

interface Csr {
  readonly from: Int32Array;
  readonly list: Int32Array;
}

function csr<T>(owners: readonly T[], items: (owner: T) => readonly number[]): Csr {
  const from = new Int32Array(owners.length + 1);
  const list: number[] = [];
  owners.forEach((owner, i) => {
    for (const item of items(owner)) list.push(item);
    from[i + 1] = list.length;
  });
  return { from, list: Int32Array.from(list) };
}

export function buildPlan(
  scorecards: readonly PreparedScorecard[],
  objectives: readonly PreparedObjective[],
  kpiCount: number,
  store: ValueStore,
  formulas: readonly (CompiledFormula | null)[] = [],
): ScoringPlan {
  const kpis = objectives.flatMap((o) => o.kpis);
  if (kpis.length !== kpiCount || kpis.some((k, i) => k.index !== i))
    throw new Error('prepareStrategy: KPI indices are not in objective order'); // a bug, not data
  const perspectives = scorecards.flatMap((s) => s.perspectives);
  const ids = (list: readonly PreparedObjective[]) => list.map((o) => o.index);
  // Sub-objectives then contributors: the order a roll-up adds them in (it fixes rounding).
  const edges = csr(objectives, (o) => [...ids(o.children), ...ids(o.contributors)]);
  const roots = [...perspectives.flatMap((p) => ids(p.objectives)), ...objectives.keys()];
  const { order: postOrder, cut } = evaluationOrder(objectives.length, edges, roots);
  const kept = (o: PreparedObjective, skip: number, list: readonly PreparedObjective[]) =>
    list.map((c) => c.index).filter((_, i) => cut[(edges.from[o.index] ?? 0) + skip + i] === 0);
  const children = csr(objectives, (o) => kept(o, 0, o.children));
  const contributors = csr(objectives, (o) => kept(o, o.children.length, o.contributors));
  const topLevel = csr(perspectives, (p) => ids(p.objectives));
  const order = byHeight(postOrder, children, contributors);
  return {
    kpis,
    params: kpiParams(kpis, store, formulas),
    objectives,
    perspectives,
    scorecards,
    kpiFrom: csr(objectives, (o) => o.kpis.map((k) => k.index)).from,
    childFrom: children.from,
    children: children.list,
    contributorFrom: contributors.from,
    contributors: contributors.list,
    topLevelFrom: topLevel.from,
    topLevel: topLevel.list,
    perspectiveFrom: csr(scorecards, (s) => s.perspectives.map((p) => p.index)).from,
    kpiWeight: Float64Array.from(kpis, (k) => k.weight),
    kpiScorable: Uint8Array.from(kpis, (k) => (k.optimization === 'none' ? 0 : 1)),
    objectiveWeight: Float64Array.from(objectives, (o) => o.objective.weight),
    rollup: objectives.map((o) => o.objective.rollup),
    perspectiveWeight: Float64Array.from(perspectives, (p) => p.perspective.weight),
    order,
    all: scope(order, 0, scorecards.length),
    scoped: [],
  };
}

/**
 * Depth-first post-order from `roots`, iterative (a long chain must not overflow the stack).
 * Validation rejects cycles, but scoring must terminate anyway: an edge to an objective still
 * on the stack is cut, as the old recursive walk skipped it. Roots are the scorecards' top-level
 * objectives in file order, so the cut falls where scoring all scorecards would meet it.
 */
function evaluationOrder(
  n: number,
  edges: Csr,
  roots: readonly number[],
): { order: Int32Array; cut: Uint8Array } {
  const state = new Uint8Array(n); // 0 new, 1 on the stack, 2 done
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  const order = new Int32Array(n);
  const cut = new Uint8Array(edges.list.length);
  let done = 0;
  for (const root of roots) {
    if (state[root] !== 0) continue;
    let top = 0;
    stack[top++] = root;
    state[root] = 1;
    next[root] = edges.from[root] ?? 0;
    while (top > 0) {
      const o = stack[top - 1] ?? 0;
      const e = next[o] ?? 0;
      if (e < (edges.from[o + 1] ?? 0)) {
        next[o] = e + 1;
        const c = edges.list[e] ?? 0;
        if (state[c] === 1) cut[e] = 1;
        else if (state[c] === 0) {
          state[c] = 1;
          next[c] = edges.from[c] ?? 0;
          stack[top++] = c;
        }
      } else {
        top--;
        state[o] = 2;
        order[done++] = o;
      }
    }
  }
  return { order, cut };
}

/**
 * Re-sorts a valid order by height (longest kept path down to a leaf), then by index: still
 * children first, but mostly ascending indices, so a run reads the KPI and objective arrays
 * nearly in sequence instead of jumping around the store as a depth-first order does.
 */
function byHeight(postOrder: Int32Array, children: Csr, contributors: Csr): Int32Array {
  const height = new Int32Array(postOrder.length);
  const below = (o: number, links: Csr, h: number): number => {
    for (let i = links.from[o] ?? 0; i < (links.from[o + 1] ?? 0); i++)
      h = Math.max(h, (height[links.list[i] ?? 0] ?? 0) + 1);
    return h;
  };
  for (const o of postOrder) height[o] = below(o, contributors, below(o, children, 0));
  return postOrder.slice().sort((a, b) => (height[a] ?? 0) - (height[b] ?? 0) || a - b);
}

/** The evaluation order restricted to what `roots` depend on (through the kept links). */
export function objectiveScope(plan: ScoringPlan, roots: Iterable<number>): Scope {
  return scope(reachableOrder(plan, roots), 0, 0);
}

function reachableOrder(plan: ScoringPlan, roots: Iterable<number>): Int32Array {
  const n = plan.objectives.length;
  const reached = new Uint8Array(n);
  const stack: number[] = [];
  for (const r of roots) stack.push(r);
  const follow = (from: Int32Array, list: Int32Array, o: number) => {
    for (let i = from[o] ?? 0; i < (from[o + 1] ?? 0); i++) stack.push(list[i] ?? 0);
  };
  for (let o = stack.pop(); o !== undefined; o = stack.pop()) {
    if (reached[o] === 1) continue;
    reached[o] = 1;
    follow(plan.childFrom, plan.children, o);
    follow(plan.contributorFrom, plan.contributors, o);
  }
  return plan.order.filter((o) => reached[o] === 1);
}

/** A scorecard's own objectives plus the cascade into them, cached on the plan. */
export function scorecardScope(plan: ScoringPlan, scorecard: number): Scope {
  let cached = plan.scoped[scorecard];
  if (cached === undefined) {
    const from = plan.perspectiveFrom[scorecard] ?? 0;
    const to = plan.perspectiveFrom[scorecard + 1] ?? 0;
    const roots: number[] = [];
    for (let p = from; p < to; p++)
      for (let i = plan.topLevelFrom[p] ?? 0; i < (plan.topLevelFrom[p + 1] ?? 0); i++)
        roots.push(plan.topLevel[i] ?? 0);
    cached = scope(reachableOrder(plan, roots), scorecard, scorecard + 1);
    plan.scoped[scorecard] = cached;
  }
  return cached;
}

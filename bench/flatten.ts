import { type Kpi, type Period, type Strategy, type Target, periodOf } from '@bearing/core';

/**
 * The enterprise as flat typed arrays: the shape a hand-tuned engine would choose, built once so
 * the baseline's timed loops do nothing but arithmetic. `null` is NaN throughout. Objectives are
 * stored in evaluation order (every child before its parent and before the objective it cascades
 * into), so one forward pass rolls the whole enterprise up.
 */
export interface FlatEnterprise {
  readonly scorecardIds: readonly string[];
  /** Day numbers of each month column of `values`. */
  readonly monthStart: Int32Array;
  readonly monthEnd: Int32Array;
  /** `<scorecardId>/<kpiId>`, like `objectiveIds`. */
  readonly kpiIds: readonly string[];
  readonly kpiObjective: Int32Array;
  readonly kpiOptimization: Uint8Array;
  readonly kpiAggregation: Uint8Array;
  readonly kpiCarryForward: Uint8Array;
  readonly kpiWeight: Float64Array;
  readonly kpiBaseline: Float64Array;
  /** The target, or the low end of a range. */
  readonly kpiTarget: Float64Array;
  readonly kpiTargetHigh: Float64Array;
  readonly kpiMin: Float64Array;
  readonly kpiMax: Float64Array;
  /** Per-period targets as CSR: KPI k owns entries overrideFrom[k] … overrideFrom[k + 1] − 1. */
  readonly overrideFrom: Int32Array;
  readonly overrideStart: Int32Array;
  readonly overrideTarget: Float64Array;
  readonly overrideTargetHigh: Float64Array;
  /** Dense [kpi × month], NaN where there is no value. */
  readonly values: Float64Array;
  /** `<scorecardId>/<objectiveId>`, in evaluation order. */
  readonly objectiveIds: readonly string[];
  readonly objectiveWeight: Float64Array;
  readonly objectiveRollup: Uint8Array;
  /** Index of the parent objective, or −1 for a top-level one. */
  readonly objectiveParent: Int32Array;
  /** Index of the objective it cascades into, or −1. */
  readonly objectiveContributesTo: Int32Array;
  /** Index into the perspective arrays. */
  readonly objectivePerspective: Int32Array;
  readonly perspectiveWeight: Float64Array;
  readonly perspectiveScorecard: Int32Array;
}

export const OPTIMIZATION = { maximize: 0, minimize: 1, range: 2, binary: 3, none: 4 } as const;
export const AGGREGATION = { last: 0, sum: 1, average: 2, min: 3, max: 4 } as const;
export const ROLLUP = { weighted: 0, min: 1, max: 2 } as const;

/** Flattens a strategy whose values are all monthly and fall within the `months` given. */
export function flattenEnterprise(strategy: Strategy, months: readonly Period[]): FlatEnterprise {
  const monthIndex = new Map(months.map((p, i) => [p.key as string, i]));
  const order = evaluationOrder(strategy);
  const objectiveIndex = new Map(order.map((o, i) => [o.key, i]));
  const perspectiveIndex = new Map<string, number>();
  const perspectiveWeight: number[] = [];
  const perspectiveScorecard: number[] = [];
  strategy.scorecards.forEach((card, c) => {
    for (const p of card.perspectives) {
      perspectiveIndex.set(`${card.id}/${p.id}`, perspectiveWeight.length);
      perspectiveWeight.push(p.weight);
      perspectiveScorecard.push(c);
    }
  });

  const kpis: { kpi: Kpi; objective: number; key: string }[] = [];
  for (const { objective } of order) {
    for (const kpi of objective.kpis)
      kpis.push({
        kpi,
        key: objKey(objective.scorecard, kpi.id),
        objective: objectiveIndex.get(objKey(objective.scorecard, objective.id))!,
      });
  }
  const K = kpis.length;
  const M = months.length;
  const values = new Float64Array(K * M).fill(NaN);
  const f64 = () => new Float64Array(K).fill(NaN);
  const flat = {
    kpiObjective: new Int32Array(K),
    kpiOptimization: new Uint8Array(K),
    kpiAggregation: new Uint8Array(K),
    kpiCarryForward: new Uint8Array(K),
    kpiWeight: f64(),
    kpiBaseline: f64(),
    kpiTarget: f64(),
    kpiTargetHigh: f64(),
    kpiMin: f64(),
    kpiMax: f64(),
  };
  const overrideFrom = new Int32Array(K + 1);
  const overrideStart: number[] = [];
  const overrideTarget: number[] = [];
  const overrideTargetHigh: number[] = [];
  kpis.forEach(({ kpi, objective }, k) => {
    flat.kpiObjective[k] = objective;
    flat.kpiOptimization[k] = OPTIMIZATION[kpi.optimization];
    flat.kpiAggregation[k] = AGGREGATION[kpi.aggregation];
    flat.kpiCarryForward[k] = kpi.carryForward ? 1 : 0;
    flat.kpiWeight[k] = kpi.weight;
    flat.kpiBaseline[k] = kpi.baseline ?? NaN;
    [flat.kpiTarget[k], flat.kpiTargetHigh[k]] = ends(kpi.target);
    flat.kpiMin[k] = kpi.min ?? NaN;
    flat.kpiMax[k] = kpi.max ?? NaN;
    overrideFrom[k] = overrideStart.length;
    for (const [key, target] of Object.entries(kpi.targets)) {
      const [low, high] = ends(target);
      overrideStart.push(periodOf(key).start);
      overrideTarget.push(low);
      overrideTargetHigh.push(high);
    }
    for (const v of kpi.values) {
      const m = monthIndex.get(v.period);
      if (m === undefined)
        throw new Error(`baseline: ${kpi.id} has a value for ${v.period}, outside the months`);
      values[k * M + m] = v.value;
    }
  });
  overrideFrom[K] = overrideStart.length;

  return {
    scorecardIds: strategy.scorecards.map((c) => c.id),
    monthStart: Int32Array.from(months, (p) => p.start),
    monthEnd: Int32Array.from(months, (p) => p.end),
    kpiIds: kpis.map(({ key }) => key),
    ...flat,
    overrideFrom,
    overrideStart: Int32Array.from(overrideStart),
    overrideTarget: Float64Array.from(overrideTarget),
    overrideTargetHigh: Float64Array.from(overrideTargetHigh),
    values,
    objectiveIds: order.map((o) => o.key),
    objectiveWeight: Float64Array.from(order, (o) => o.objective.weight),
    objectiveRollup: Uint8Array.from(order, (o) => ROLLUP[o.objective.rollup]),
    objectiveParent: Int32Array.from(order, (o) =>
      o.objective.parent === null
        ? -1
        : objectiveIndex.get(objKey(o.objective.scorecard, o.objective.parent))!,
    ),
    objectiveContributesTo: Int32Array.from(order, (o) => {
      const to = o.objective.contributesTo;
      return to === null ? -1 : objectiveIndex.get(objKey(to.scorecard, to.objective))!;
    }),
    objectivePerspective: Int32Array.from(order, (o) =>
      perspectiveIndex.get(`${o.objective.scorecard}/${o.objective.perspective}`)!,
    ),
    perspectiveWeight: Float64Array.from(perspectiveWeight),
    perspectiveScorecard: Int32Array.from(perspectiveScorecard),
  };
}

function ends(target: Target | null): [number, number] {
  if (target === null) return [NaN, NaN];
  return typeof target === 'number' ? [target, target] : [target[0], target[1]];
}

const objKey = (scorecard: string, objective: string) => `${scorecard}/${objective}`;

interface Node {
  readonly key: string;
  readonly objective: Strategy['scorecards'][number]['objectives'][number] & {
    readonly scorecard: string;
  };
}

/** Depth-first post-order over "counts towards" edges: children first, then their parent. */
function evaluationOrder(strategy: Strategy): Node[] {
  const nodes = new Map<string, Node>();
  const children = new Map<string, string[]>();
  for (const card of strategy.scorecards) {
    for (const objective of card.objectives) {
      const key = objKey(card.id, objective.id);
      nodes.set(key, { key, objective: { ...objective, scorecard: card.id } });
      const targets = [
        objective.parent === null ? null : objKey(card.id, objective.parent),
        objective.contributesTo === null
          ? null
          : objKey(objective.contributesTo.scorecard, objective.contributesTo.objective),
      ];
      for (const target of targets) {
        if (target === null) continue;
        const list = children.get(target);
        if (list) list.push(key);
        else children.set(target, [key]);
      }
    }
  }
  const done = new Set<string>();
  const out: Node[] = [];
  const visit = (key: string): void => {
    if (done.has(key)) return;
    done.add(key);
    for (const child of children.get(key) ?? []) visit(child);
    out.push(nodes.get(key)!);
  };
  for (const key of nodes.keys()) visit(key);
  return out;
}

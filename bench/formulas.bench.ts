import {
  type Kpi,
  type Strategy,
  periodOf,
  periodRange,
  prepareStrategy,
  scoreNumbers,
} from '@bearing/core';
import { generateEnterprise } from '@bearing/testing';
import { baselineScoreAll, createScratch } from './baseline.ts';
import { type FlatEnterprise, flattenEnterprise } from './flatten.ts';
import { ms } from './report.ts';
import { measure } from './stats.ts';
import { BenchFailure, type BenchContext, type BenchRow, type BenchSuite } from './suite.ts';
import { compareScorecards, scoresOfNumbers } from './verify.ts';

/**
 * Calculated KPIs at enterprise scale (issue 12): the foundation's enterprise with every tenth
 * KPI turned into a formula over other KPIs — averages and differences within a scorecard, reads
 * of the previous scorecard's KPIs, and chains three deep — scored as of one month. The floor
 * computes the same formulas by hand over the dense value matrix, in dependency order, then
 * scores with the foundation's typed-array baseline; both must give the same scores.
 */
const SEED = 20240101;
const START_YEAR = 2024;
const MONTHS = 36;

export const formulas: BenchSuite = {
  name: 'formulas',
  description: 'scoring an enterprise where 10 % of the KPIs are calculated',
  run,
};

/** One formula the floor computes by hand: `op` over KPI indices into the flat arrays. */
interface HandFormula {
  readonly kpi: string;
  readonly op: 'avg' | 'minus-half' | 'chain';
  readonly inputs: readonly string[];
}

function run(ctx: BenchContext): BenchRow[] {
  const scorecards = Math.max(3, Math.round(1000 * ctx.scale));
  const base = generateEnterprise({
    seed: SEED,
    scorecards,
    startYear: START_YEAR,
    months: MONTHS,
  });
  const { strategy, hand, deep } = withFormulas(base);
  const months = periodRange(periodOf(`${START_YEAR}-01`), periodOf(`${START_YEAR + 2}-12`));
  const asOf = months[months.length - 1]!;
  const kpis = strategy.scorecards.reduce(
    (n, c) => n + c.objectives.reduce((m, o) => m + o.kpis.length, 0),
    0,
  );
  ctx.log(
    `${hand.length} of ${kpis} KPIs calculated (${hand.filter((h) => h.op === 'minus-half').length} read another scorecard, ${deep} chains three deep)`,
  );
  const prepared = prepareStrategy(strategy);
  const flat = flattenEnterprise(strategy, months);
  const scratch = createScratch(flat);
  const plan = handPlan(flat, hand);
  const column = months.length - 1;

  computeByHand(flat, plan, column);
  const problems = compareScorecards(
    flat,
    scratch,
    scoresOfNumbers(prepared, scoreNumbers(prepared, asOf)),
    asOf,
  );
  if (problems.length > 0) {
    throw new BenchFailure(
      `the engine and the hand-computed formulas disagree:\n${problems.slice(0, 20).join('\n')}`,
    );
  }
  ctx.log(
    `verified: engine and hand-computed formulas agree on every score as of ${asOf.key} (±1e-9)`,
  );

  const ours = measure(() => scoreNumbers(prepared, asOf), { warmup: 3, runs: 15 });
  const floor = measure(
    () => {
      computeByHand(flat, plan, column);
      return baselineScoreAll(flat, scratch, asOf);
    },
    { warmup: 3, runs: 15 },
  );
  ctx.log(`engine ${ms(ours.median)} ms, hand-computed ${ms(floor.median)} ms (medians)`);
  return [
    {
      measure: `score all ${scorecards} scorecards as of ${asOf.key}, ${hand.length} calculated KPIs`,
      ours,
      baseline: floor,
      aim: '< 100 ms and ≤ 3× baseline',
      met: ours.median < 100 && ours.median <= 3 * floor.median,
    },
  ];
}

/**
 * Every tenth KPI of each scorecard (positions 9, 19, …) becomes calculated, cycling through
 * four shapes: an average of the two KPIs before it; a difference with half of the previous
 * scorecard's first KPI; then twice a chain `[previous calculated] + [kpi before]`, so the second
 * chain is three formulas deep.
 */
function withFormulas(strategy: Strategy): {
  strategy: Strategy;
  hand: HandFormula[];
  deep: number;
} {
  const hand: HandFormula[] = [];
  const deep = { count: 0 };
  const scorecards = strategy.scorecards.map((card, c) => {
    const flatKpis = card.objectives.flatMap((o) => o.kpis);
    const previous = strategy.scorecards[c - 1];
    const crossInput = previous?.objectives[0]?.kpis[0];
    const calculated = new Map<string, Kpi>();
    let lastCalculated: string | null = null;
    let shape = 0;
    flatKpis.forEach((k, i) => {
      if (i % 10 !== 9) return;
      const a = flatKpis[i - 1]!;
      const b = flatKpis[i - 2]!;
      const key = (id: string, sc = card.id) => `${sc}/${id}`;
      let formula: string;
      let h: HandFormula;
      if (shape % 4 === 1 && crossInput !== undefined && previous !== undefined) {
        formula = `[${a.id}] - [${previous.id}/${crossInput.id}] * 0.5`;
        h = {
          kpi: key(k.id),
          op: 'minus-half',
          inputs: [key(a.id), key(crossInput.id, previous.id)],
        };
      } else if (shape % 4 >= 2 && lastCalculated !== null) {
        formula = `[${lastCalculated}] + [${a.id}]`;
        h = { kpi: key(k.id), op: 'chain', inputs: [key(lastCalculated), key(a.id)] };
      } else {
        formula = `avg([${a.id}], [${b.id}])`;
        h = { kpi: key(k.id), op: 'avg', inputs: [key(a.id), key(b.id)] };
      }
      shape++;
      lastCalculated = k.id;
      hand.push(h);
      if (h.op === 'chain' && shape % 4 === 0) deep.count++;
      calculated.set(k.id, {
        ...k,
        formula,
        values: [],
        aggregation: 'last',
        carryForward: false,
      });
    });
    return {
      ...card,
      objectives: card.objectives.map((o) => ({
        ...o,
        kpis: o.kpis.map((k) => calculated.get(k.id) ?? k),
      })),
    };
  });
  return { strategy: { ...strategy, scorecards }, hand, deep: deep.count };
}

interface HandPlan {
  readonly kpi: Int32Array;
  readonly op: Uint8Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly carry: Uint8Array;
}

/** The formulas as index arrays, in the order they were made (inputs always come first). */
function handPlan(flat: FlatEnterprise, hand: readonly HandFormula[]): HandPlan {
  const index = new Map(flat.kpiIds.map((id, i) => [id, i]));
  const at = (id: string) => {
    const i = index.get(id);
    if (i === undefined) throw new BenchFailure(`no KPI ${id} in the flat enterprise`);
    return i;
  };
  return {
    kpi: Int32Array.from(hand, (h) => at(h.kpi)),
    op: Uint8Array.from(hand, (h) => (h.op === 'avg' ? 0 : h.op === 'minus-half' ? 1 : 2)),
    a: Int32Array.from(hand, (h) => at(h.inputs[0]!)),
    b: Int32Array.from(hand, (h) => at(h.inputs[1]!)),
    carry: flat.kpiCarryForward,
  };
}

/** The value of KPI k as of month column m: that month's, or the latest before with carry-forward. */
function valueAt(flat: FlatEnterprise, carry: Uint8Array, k: number, m: number): number {
  const M = flat.monthStart.length;
  const row = k * M;
  let v = flat.values[row + m]!;
  if (Number.isNaN(v) && carry[k] === 1) {
    for (let j = m - 1; j >= 0 && Number.isNaN(v); j--) v = flat.values[row + j]!;
  }
  return v;
}

/** Writes each calculated KPI's value for month column m into the matrix, by formulas.md. */
function computeByHand(flat: FlatEnterprise, plan: HandPlan, m: number): void {
  const M = flat.monthStart.length;
  const values = flat.values;
  for (let i = 0; i < plan.kpi.length; i++) {
    const a = valueAt(flat, plan.carry, plan.a[i]!, m);
    const b = valueAt(flat, plan.carry, plan.b[i]!, m);
    let v: number;
    switch (plan.op[i]) {
      case 0: // avg skips a missing argument
        v = Number.isNaN(a) ? b : Number.isNaN(b) ? a : (a + b) / 2;
        break;
      case 1:
        v = a - b * 0.5;
        break;
      default:
        v = a + b;
    }
    values[plan.kpi[i]! * M + m] = Number.isFinite(v) ? v : NaN;
  }
}

import { buildKpi, buildObjective, buildScorecard, buildStrategy, values } from '@bearing/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectiveId, scorecardId } from '../model/ids.ts';
import {
  AGGREGATIONS,
  DEFAULT_PERSPECTIVES,
  OPTIMIZATIONS,
  ROLLUP_METHODS,
  type Kpi,
  type Objective,
  type Strategy,
} from '../model/strategy.ts';
import { periodOf } from '../periods/period.ts';
import { scoreNumbers, type ScoreNumbers } from './numbers.ts';
import { prepareStrategy, type PreparedStrategy } from './prepare.ts';
import { scoreAllScorecards, scoreScorecard } from './scorecard-score.ts';
import type { ObjectiveScore, ScorecardScore } from './types.ts';

/**
 * The numeric pass and the object pass are one engine: the trees are built from the numbers.
 * These properties pin that on random strategies of several scorecards with cascades, every
 * optimization, per-period targets, carry-forward and odd weights.
 */
const num = fc.oneof(
  fc.integer({ min: -20, max: 200 }),
  fc.double({ min: -1e3, max: 1e3, noNaN: true }),
);
const weight = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 3 }),
  fc.double({ min: 0.1, max: 5, noNaN: true }),
);
const target = fc.oneof(
  num,
  fc.tuple(num, num).map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]),
);
const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];

const kpiArb = fc
  .record({
    optimization: fc.constantFrom(...OPTIMIZATIONS),
    baseline: fc.option(num),
    target: fc.option(target),
    perPeriod: fc.option(fc.tuple(target, target)),
    min: fc.option(num),
    max: fc.option(num),
    weight,
    aggregation: fc.constantFrom(...AGGREGATIONS),
    carryForward: fc.boolean(),
    frequency: fc.constantFrom('monthly' as const, 'quarterly' as const),
    monthly: fc.array(fc.option(num, { freq: 3 }), { minLength: 6, maxLength: 6 }),
    quarter: fc.option(num, { freq: 3 }),
  })
  .map(({ monthly, quarter, perPeriod, ...rest }): Kpi =>
    buildKpi({
      ...rest,
      targets: perPeriod === null ? {} : { '2026': perPeriod[0], '2026-Q2': perPeriod[1] },
      values: values({
        ...Object.fromEntries(
          monthly.flatMap((v, i) => (v === null ? [] : [[MONTHS[i]!, v] as const])),
        ),
        ...(quarter === null ? {} : { '2026-Q1': quarter }),
      }),
    }),
  );

const objectiveArb = fc.record({
  weight,
  rollup: fc.constantFrom(...ROLLUP_METHODS),
  perspective: fc.integer({ min: 0, max: 3 }),
  parent: fc.option(fc.nat()),
  contributesTo: fc.option(fc.nat()),
  kpis: fc.array(kpiArb, { maxLength: 3 }),
});

type ObjectiveShape = typeof objectiveArb extends fc.Arbitrary<infer T> ? T : never;

/** Scorecard c's objectives may have earlier objectives as parents and cascade into earlier cards. */
function build(cards: readonly (readonly ObjectiveShape[])[]): Strategy {
  const scorecards = cards.map((shapes, c) => {
    const objectives: Objective[] = shapes.map((o, i) => {
      const into = c === 0 || o.contributesTo === null ? null : o.contributesTo % c;
      const intoCount = into === null ? 0 : (cards[into]?.length ?? 0);
      return buildObjective({
        id: objectiveId(`o${i}`),
        weight: o.weight,
        rollup: o.rollup,
        perspective: DEFAULT_PERSPECTIVES[o.perspective]!.id,
        parent: o.parent === null || i === 0 ? null : objectiveId(`o${o.parent % i}`),
        contributesTo:
          into === null || intoCount === 0 || o.contributesTo === null
            ? null
            : {
                scorecard: scorecardId(`s${into}`),
                objective: objectiveId(`o${o.contributesTo % intoCount}`),
              },
        kpis: o.kpis,
      });
    });
    return buildScorecard({ id: scorecardId(`s${c}`), objectives });
  });
  return buildStrategy({ scorecards });
}

const strategyArb = fc
  .array(fc.array(objectiveArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 })
  .map(build);
const periodArb = fc
  .constantFrom('2025-12', '2026-01', '2026-03', '2026-05', '2026-Q1', '2026-Q2', '2026-H1', '2026')
  .map(periodOf);

/** Checks every node of `trees` against the numbers it was built from. */
function expectTreesMatch(
  prepared: PreparedStrategy,
  numbers: ScoreNumbers,
  trees: readonly ScorecardScore[],
): void {
  const visit = (o: ObjectiveScore): void => {
    const ps = prepared.scorecardById.get(o.scorecard)!;
    const po = ps.objectiveById.get(o.id)!;
    expect(o.score).toBe(numbers.objectiveScore(po));
    expect(o.coverage).toEqual(numbers.objectiveCoverage(po));
    for (const k of o.kpis) {
      const pk = ps.kpiById.get(k.id)!;
      expect(k.score).toBe(numbers.kpiScore(pk));
      expect(k.value).toBe(numbers.kpiValue(pk));
      expect(k.progress).toBe(numbers.kpiProgress(pk));
      expect(k.valuePeriod !== null).toBe(numbers.kpiHasValue(pk));
      expect(k.stale).toBe(numbers.kpiStale(pk));
      expect(k.overdue).toBe(numbers.kpiOverdue(pk));
    }
    o.objectives.forEach(visit);
    o.contributors.forEach(visit);
  };
  trees.forEach((tree, i) => {
    const ps = prepared.scorecards[i]!;
    expect(tree.score).toBe(numbers.scorecardScore(ps));
    expect(tree.coverage).toEqual(numbers.scorecardCoverage(ps));
    tree.perspectives.forEach((p, j) => {
      expect(p.score).toBe(numbers.perspectiveScore(ps.perspectives[j]!));
      expect(p.coverage).toEqual(numbers.perspectiveCoverage(ps.perspectives[j]!));
      p.objectives.forEach(visit);
    });
  });
}

describe('the numeric pass and the score trees', () => {
  it('agree on every node of every scorecard', () => {
    fc.assert(
      fc.property(strategyArb, periodArb, (strategy, period) => {
        const prepared = prepareStrategy(strategy);
        const numbers = scoreNumbers(prepared, period);
        expectTreesMatch(prepared, numbers, scoreAllScorecards(prepared, period));
      }),
      { numRuns: 300 },
    );
  });

  it('score one scorecard exactly as scoring all of them does', () => {
    fc.assert(
      fc.property(strategyArb, periodArb, (strategy, period) => {
        const prepared = prepareStrategy(strategy);
        const all = scoreAllScorecards(prepared, period);
        for (const tree of all) {
          expect(scoreScorecard(prepared, tree.id, period)).toEqual(tree);
          const scoped = scoreNumbers(prepared, period, tree.id);
          expect(scoped.scorecardScore(prepared.scorecardById.get(tree.id)!)).toBe(tree.score);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives only scores in [0, 1] or null, and finite values and progress or null', () => {
    fc.assert(
      fc.property(strategyArb, periodArb, (strategy, period) => {
        const n = scoreNumbers(prepareStrategy(strategy), period);
        for (const level of [n.kpi, n.objective, n.perspective, n.scorecard])
          for (const s of level.score) expect(Number.isNaN(s) || (s >= 0 && s <= 1)).toBe(true);
        for (const x of [...n.kpi.value, ...n.kpi.progress])
          expect(Number.isNaN(x) || Number.isFinite(x)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('scoreNumbers', () => {
  const kpi = (score: number) => buildKpi({ values: values({ '2026-03': score * 100 }) });
  const strategy = buildStrategy({
    scorecards: [
      buildScorecard({
        id: scorecardId('corp'),
        objectives: [buildObjective({ id: objectiveId('q'), kpis: [kpi(1)] })],
      }),
      buildScorecard({
        id: scorecardId('rnd'),
        objectives: [
          buildObjective({
            id: objectiveId('p'),
            kpis: [kpi(0.5)],
            contributesTo: { scorecard: scorecardId('corp'), objective: objectiveId('q') },
          }),
        ],
      }),
      buildScorecard({
        id: scorecardId('hr'),
        objectives: [buildObjective({ id: objectiveId('h'), kpis: [kpi(0.2)] })],
      }),
    ],
  });
  const prepared = prepareStrategy(strategy);
  const [corp, rnd, hr] = prepared.scorecards;
  const march = periodOf('2026-03');

  it('reads every node of the strategy by its prepared index', () => {
    const n = scoreNumbers(prepared, march);
    expect(n.scorecardScore(corp!)).toBeCloseTo(0.75, 12);
    expect(n.scorecardScore(rnd!)).toBeCloseTo(0.5, 12);
    expect(n.scorecardScore(hr!)).toBeCloseTo(0.2, 12);
    expect(n.objectiveCoverage(corp!.objectiveById.get('q')!)).toEqual({ scored: 2, total: 2 });
    expect(n.kpiValue(rnd!.objectiveById.get('p')!.kpis[0]!)).toBe(50);
  });

  it('scoped to a scorecard, computes its cascade and leaves the rest null', () => {
    const n = scoreNumbers(prepared, march, scorecardId('corp'));
    expect(n.scorecardScore(corp!)).toBeCloseTo(0.75, 12);
    expect(n.objectiveScore(rnd!.objectiveById.get('p')!)).toBeCloseTo(0.5, 12);
    expect(n.scorecardScore(rnd!)).toBeNull(); // its own scorecard roll-up is not needed
    expect(n.objectiveScore(hr!.objectiveById.get('h')!)).toBeNull();
  });

  it('terminates on a cascade cycle and still agrees with the trees', () => {
    const to = (s: string, o: string) => ({ scorecard: scorecardId(s), objective: objectiveId(o) });
    const cyclic = prepareStrategy(
      buildStrategy({
        scorecards: [
          buildScorecard({
            id: scorecardId('a'),
            objectives: [
              buildObjective({
                id: objectiveId('x'),
                kpis: [kpi(0.4)],
                contributesTo: to('b', 'y'),
              }),
            ],
          }),
          buildScorecard({
            id: scorecardId('b'),
            objectives: [
              buildObjective({
                id: objectiveId('y'),
                kpis: [kpi(0.8)],
                contributesTo: to('a', 'x'),
              }),
            ],
          }),
        ],
      }),
    );
    const n = scoreNumbers(cyclic, march);
    expectTreesMatch(cyclic, n, scoreAllScorecards(cyclic, march));
    expect(n.scorecardScore(cyclic.scorecards[0]!)).toBeCloseTo(0.6, 12); // x + y (y's edge back is cut)
  });
});

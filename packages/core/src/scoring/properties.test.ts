import { buildKpi, buildObjective, buildScorecard, buildStrategy, values } from '@bearing/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectiveId, scorecardId } from '../model/ids.ts';
import {
  DEFAULT_PERSPECTIVES,
  DEFAULT_THRESHOLDS,
  OPTIMIZATIONS,
  ROLLUP_METHODS,
  type Kpi,
  type Objective,
  type Strategy,
} from '../model/strategy.ts';
import { periodOf } from '../periods/period.ts';
import { scoreKpi } from './kpi-score.ts';
import { prepareStrategy } from './prepare.ts';
import { scoreAllScorecards } from './scorecard-score.ts';
import type { ObjectiveScore, ScorecardScore } from './types.ts';

const MARCH = periodOf('2026-03');

/** A KPI of any optimization with any finite-or-infinite numbers: the engine must never NaN. */
const anyKpi = fc
  .record({
    optimization: fc.constantFrom(...OPTIMIZATIONS),
    baseline: fc.option(fc.double({ noNaN: true })),
    target: fc.option(
      fc.oneof(
        fc.double({ noNaN: true }),
        fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true })),
      ),
    ),
    min: fc.option(fc.double({ noNaN: true })),
    max: fc.option(fc.double({ noNaN: true })),
    aggregation: fc.constantFrom('last', 'sum', 'average', 'min', 'max' as const),
    carryForward: fc.boolean(),
    v: fc.array(fc.double({ noNaN: true }), { maxLength: 3 }),
  })
  .map(({ v, ...rest }) =>
    buildKpi({
      ...rest,
      values: values(Object.fromEntries(v.map((x, i) => [`2026-0${i + 1}`, x]))),
    }),
  );

interface Shape {
  objectives: {
    weight: number;
    rollup: (typeof ROLLUP_METHODS)[number];
    perspective: number;
    parent: number | null;
    kpis: { score: number | null; weight: number }[];
  }[];
  perspectiveWeights: number[];
}

const weight = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 5 }),
  fc.double({ min: 0.1, max: 10, noNaN: true }),
);

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  objectives: fc.array(
    fc.record({
      weight,
      rollup: fc.constantFrom(...ROLLUP_METHODS),
      perspective: fc.integer({ min: 0, max: 3 }),
      parent: fc.option(fc.nat()),
      kpis: fc.array(
        fc.record({ score: fc.option(fc.double({ min: 0, max: 1, noNaN: true })), weight }),
        {
          maxLength: 4,
        },
      ),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  perspectiveWeights: fc.array(weight, { minLength: 4, maxLength: 4 }),
});

function kpiOf(k: { score: number | null; weight: number }): Kpi {
  return buildKpi({
    weight: k.weight,
    values: k.score === null ? [] : values({ '2026-03': k.score * 100 }),
  });
}

/** Builds a strategy from a shape; a parent is always an earlier objective, so no cycles. */
function build(shape: Shape, kpiExtra: (i: number) => Kpi[] = () => []): Strategy {
  const objectives: Objective[] = shape.objectives.map((o, i) =>
    buildObjective({
      id: objectiveId(`o${i}`),
      weight: o.weight,
      rollup: o.rollup,
      perspective: DEFAULT_PERSPECTIVES[o.perspective]!.id,
      parent: o.parent === null || i === 0 ? null : objectiveId(`o${o.parent % i}`),
      kpis: [...o.kpis.map(kpiOf), ...kpiExtra(i)],
    }),
  );
  const perspectives = DEFAULT_PERSPECTIVES.map((p, i) => ({
    ...p,
    weight: shape.perspectiveWeights[i]!,
  }));
  return buildStrategy({
    scorecards: [buildScorecard({ id: scorecardId('corp'), objectives, perspectives })],
  });
}

function run(strategy: Strategy): ScorecardScore {
  return scoreAllScorecards(prepareStrategy(strategy), MARCH)[0]!;
}

/** Every node's score by a stable name (order-independent). */
function scoresById(card: ScorecardScore): Map<string, number | null> {
  const out = new Map<string, number | null>([['card', card.score]]);
  const walk = (o: ObjectiveScore) => {
    out.set(o.id, o.score);
    o.objectives.forEach(walk);
  };
  for (const p of card.perspectives) {
    out.set(p.id, p.score);
    p.objectives.forEach(walk);
  }
  return out;
}

function expectSameScores(a: Map<string, number | null>, b: Map<string, number | null>) {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [id, s] of a) {
    const t = b.get(id) ?? null;
    if (s === null || t === null) expect(t).toBe(s);
    else expect(Math.abs(s - t)).toBeLessThan(1e-9);
  }
}

describe('scoring properties', () => {
  it('gives every KPI a score in [0, 1] or null, and a finite progress or null', () => {
    fc.assert(
      fc.property(anyKpi, (kpi) => {
        const k = scoreKpi(kpi, periodOf('2026-Q1'), DEFAULT_THRESHOLDS);
        expect(k.score === null || (k.score >= 0 && k.score <= 1)).toBe(true);
        expect(k.progress === null || Number.isFinite(k.progress)).toBe(true);
        expect(k.value === null || Number.isFinite(k.value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('gives every roll-up a score in [0, 1] or null', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        for (const s of scoresById(run(build(shape))).values())
          expect(s === null || (s >= 0 && s <= 1)).toBe(true);
      }),
    );
  });

  it('never lets a child without data lower (or change) a parent', () => {
    fc.assert(
      fc.property(shapeArb, fc.nat(), (shape, at) => {
        const target = at % shape.objectives.length;
        const before = scoresById(run(build(shape)));
        const after = scoresById(
          run(build(shape, (i) => (i === target ? [kpiOf({ score: null, weight: 3 })] : []))),
        );
        expectSameScores(before, after);
      }),
    );
  });

  it('never lets a weight-0 child change a roll-up', () => {
    fc.assert(
      fc.property(
        shapeArb,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (shape, at, score) => {
          const target = at % shape.objectives.length;
          const before = scoresById(run(build(shape)));
          const after = scoresById(
            run(build(shape, (i) => (i === target ? [kpiOf({ score, weight: 0 })] : []))),
          );
          expectSameScores(before, after);
        },
      ),
    );
  });

  it('leaves roll-ups unchanged when every weight is scaled by a positive factor', () => {
    fc.assert(
      fc.property(shapeArb, fc.double({ min: 0.01, max: 100, noNaN: true }), (shape, factor) => {
        const scaled: Shape = {
          perspectiveWeights: shape.perspectiveWeights.map((w) => w * factor),
          objectives: shape.objectives.map((o) => ({
            ...o,
            weight: o.weight * factor,
            kpis: o.kpis.map((k) => ({ ...k, weight: k.weight * factor })),
          })),
        };
        expectSameScores(scoresById(run(build(shape))), scoresById(run(build(scaled))));
      }),
    );
  });

  it('changes nothing when children are reordered', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const strategy = build(shape);
        const card = strategy.scorecards[0]!;
        const reversed: Strategy = {
          ...strategy,
          scorecards: [
            {
              ...card,
              objectives: [...card.objectives]
                .reverse()
                .map((o) => ({ ...o, kpis: [...o.kpis].reverse() })),
            },
          ],
        };
        expectSameScores(scoresById(run(strategy)), scoresById(run(reversed)));
      }),
    );
  });
});

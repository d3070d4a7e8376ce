import { buildKpi, buildObjective, buildScorecard, buildStrategy, values } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { kpiId, objectiveId, perspectiveId, scorecardId } from '../model/ids.ts';
import type { Kpi, Objective, Perspective } from '../model/strategy.ts';
import { periodOf } from '../periods/period.ts';
import { prepareStrategy } from './prepare.ts';
import { scoreScorecard } from './scorecard-score.ts';
import type { ObjectiveScore, ScorecardScore } from './types.ts';

const MARCH = periodOf('2026-03');

/** A maximize 0..100 KPI whose March value makes its score `score` (null: no value). */
function kpi(score: number | null, overrides: Parameters<typeof buildKpi>[0] = {}): Kpi {
  return buildKpi({
    values: score === null ? [] : values({ '2026-03': score * 100 }),
    ...overrides,
  });
}

function objective(id: string, overrides: Parameters<typeof buildObjective>[0] = {}): Objective {
  return buildObjective({ id: objectiveId(id), name: id, ...overrides });
}

function scoreCorp(objectives: Objective[], perspectives?: Perspective[]): ScorecardScore {
  const scorecard = buildScorecard({
    id: scorecardId('corp'),
    objectives,
    ...(perspectives === undefined ? {} : { perspectives }),
  });
  const prepared = prepareStrategy(buildStrategy({ scorecards: [scorecard] }));
  return scoreScorecard(prepared, scorecardId('corp'), MARCH);
}

function find(card: ScorecardScore, id: string): ObjectiveScore {
  const walk = (list: readonly ObjectiveScore[]): ObjectiveScore | undefined => {
    for (const o of list) {
      if (o.id === id) return o;
      const inner = walk(o.objectives) ?? walk(o.contributors);
      if (inner) return inner;
    }
    return undefined;
  };
  const found = walk(card.perspectives.flatMap((p) => p.objectives));
  if (!found) throw new Error(`objective ${id} not in the result`);
  return found;
}

function objectiveScore(kpis: Kpi[], overrides: Parameters<typeof buildObjective>[0] = {}) {
  return find(scoreCorp([objective('o', { kpis, ...overrides })]), 'o');
}

describe('objective roll-up (scoring.md §3)', () => {
  it('is the weighted mean of its scored KPIs', () => {
    const o = objectiveScore([kpi(0.9, { weight: 2 }), kpi(0.3, { weight: 1 })]);
    expect(o.score).toBeCloseTo((2 * 0.9 + 0.3) / 3, 12);
    expect(o.coverage).toEqual({ scored: 2, total: 2 });
  });

  it('treats weight 1 as the default (plain mean)', () => {
    expect(objectiveScore([kpi(0.2), kpi(0.6)]).score).toBeCloseTo(0.4, 12);
  });

  it('never counts a KPI without data as zero', () => {
    const o = objectiveScore([kpi(0.6), kpi(null), kpi(null)]);
    expect(o.score).toBeCloseTo(0.6, 12);
    expect(o.coverage).toEqual({ scored: 1, total: 3 });
  });

  it('is N/A when no child has a score', () => {
    const o = objectiveScore([kpi(null), kpi(null)]);
    expect(o).toMatchObject({ score: null, status: 'none', coverage: { scored: 0, total: 2 } });
  });

  it('leaves weight-0 children out of the score and the coverage', () => {
    const o = objectiveScore([kpi(0.8), kpi(0.1, { weight: 0 })]);
    expect(o.score).toBeCloseTo(0.8, 12);
    expect(o.coverage).toEqual({ scored: 1, total: 1 });
    expect(o.kpis).toHaveLength(2); // still tracked and reported
  });

  it('leaves optimization none KPIs out of the coverage total', () => {
    const o = objectiveScore([kpi(0.8), kpi(0.5, { optimization: 'none', target: null })]);
    expect(o.coverage).toEqual({ scored: 1, total: 1 });
    expect(o.score).toBeCloseTo(0.8, 12);
  });

  it('takes the worst child with rollup min', () => {
    const o = objectiveScore([kpi(0.9), kpi(0.3, { weight: 5 }), kpi(null)], { rollup: 'min' });
    expect(o.score).toBeCloseTo(0.3, 12);
    expect(o.coverage).toEqual({ scored: 2, total: 3 });
  });

  it('takes the best child with rollup max, ignoring weight-0 children', () => {
    const o = objectiveScore([kpi(0.4), kpi(0.95, { weight: 0 })], { rollup: 'max' });
    expect(o.score).toBeCloseTo(0.4, 12);
  });

  it('uses the scorecard thresholds for the objective status', () => {
    expect(objectiveScore([kpi(0.6)]).status).toBe('amber');
  });

  it('rolls sub-objectives up into their parent with their weight', () => {
    const card = scoreCorp([
      objective('parent', { kpis: [kpi(1)] }),
      objective('child', { parent: objectiveId('parent'), weight: 3, kpis: [kpi(0.2)] }),
    ]);
    const parent = find(card, 'parent');
    expect(parent.score).toBeCloseTo((1 + 3 * 0.2) / 4, 12);
    expect(parent.objectives.map((o) => o.id)).toEqual(['child']);
    expect(parent.coverage).toEqual({ scored: 2, total: 2 });
  });

  it('leaves an objective with nothing scorable out of its parent coverage', () => {
    const card = scoreCorp([
      objective('parent', { kpis: [kpi(0.5)] }),
      objective('empty', { parent: objectiveId('parent') }),
    ]);
    expect(find(card, 'parent').coverage).toEqual({ scored: 1, total: 1 });
    expect(find(card, 'empty')).toMatchObject({ score: null, coverage: { scored: 0, total: 0 } });
  });
});

describe('perspective and scorecard roll-up', () => {
  const perspectives: Perspective[] = [
    { id: perspectiveId('financial'), name: 'Financial', weight: 2 },
    { id: perspectiveId('customer'), name: 'Customer', weight: 1 },
    { id: perspectiveId('learning'), name: 'Learning', weight: 1 },
  ];
  const card = scoreCorp(
    [
      objective('f1', { perspective: perspectiveId('financial'), kpis: [kpi(0.9)] }),
      objective('f2', { perspective: perspectiveId('financial'), kpis: [kpi(0.5)], weight: 3 }),
      objective('sub', {
        perspective: perspectiveId('financial'),
        parent: objectiveId('f1'),
        kpis: [kpi(0)],
        weight: 0,
      }),
      objective('c1', { perspective: perspectiveId('customer'), kpis: [kpi(0.3)] }),
      objective('l1', { perspective: perspectiveId('learning'), kpis: [kpi(null)] }),
    ],
    perspectives,
  );

  it('scores a perspective as the weighted mean of its top-level objectives', () => {
    const financial = card.perspectives[0]!;
    expect(financial.objectives.map((o) => o.id)).toEqual(['f1', 'f2']);
    expect(financial.score).toBeCloseTo((0.9 + 3 * 0.5) / 4, 12);
    expect(financial.coverage).toEqual({ scored: 2, total: 2 });
  });

  it('scores the scorecard as the weighted mean of its perspectives, N/A not as zero', () => {
    expect(card.score).toBeCloseTo((2 * 0.6 + 0.3) / 3, 12);
    expect(card.coverage).toEqual({ scored: 2, total: 3 });
    expect(card.perspectives[2]).toMatchObject({ score: null, status: 'none' });
  });

  it('reports the period and perspective order', () => {
    expect(card.period).toBe('2026-03');
    expect(card.perspectives.map((p) => p.id)).toEqual(['financial', 'customer', 'learning']);
  });

  it('leaves perspectives without objectives out of the scorecard coverage', () => {
    const only = scoreCorp([objective('x', { kpis: [kpi(0.7)] })]);
    expect(only.coverage).toEqual({ scored: 1, total: 1 });
    expect(only.score).toBeCloseTo(0.7, 12);
  });

  it('gives an empty scorecard no score', () => {
    expect(scoreCorp([])).toMatchObject({
      score: null,
      status: 'none',
      coverage: { scored: 0, total: 0 },
    });
  });
});

describe('KPI ids are scoped to their scorecard', () => {
  it('scores KPIs with the same id in two scorecards independently', () => {
    const a = buildScorecard({
      id: scorecardId('a'),
      objectives: [objective('o', { kpis: [kpi(0.2, { id: kpiId('k') })] })],
    });
    const b = buildScorecard({
      id: scorecardId('b'),
      objectives: [objective('o', { kpis: [kpi(0.9, { id: kpiId('k') })] })],
    });
    const prepared = prepareStrategy(buildStrategy({ scorecards: [a, b] }));
    expect(scoreScorecard(prepared, scorecardId('a'), MARCH).score).toBeCloseTo(0.2, 12);
    expect(scoreScorecard(prepared, scorecardId('b'), MARCH).score).toBeCloseTo(0.9, 12);
  });
});

import { buildKpi, buildObjective, buildScorecard, buildStrategy, values } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { objectiveId, scorecardId } from '../model/ids.ts';
import type { Kpi, Objective, Scorecard } from '../model/strategy.ts';
import { periodOf } from '../periods/period.ts';
import { prepareStrategy } from './prepare.ts';
import { scoreAllScorecards, scoreScorecard } from './scorecard-score.ts';

const MARCH = periodOf('2026-03');

function kpi(score: number | null, weight = 1): Kpi {
  return buildKpi({ weight, values: score === null ? [] : values({ '2026-03': score * 100 }) });
}

function objective(id: string, overrides: Parameters<typeof buildObjective>[0] = {}): Objective {
  return buildObjective({ id: objectiveId(id), name: id, ...overrides });
}

const to = (scorecard: string, objective: string) => ({
  scorecard: scorecardId(scorecard),
  objective: objectiveId(objective),
});

function card(id: string, objectives: Objective[]): Scorecard {
  return buildScorecard({ id: scorecardId(id), name: id, objectives });
}

/** corp/quality ← rnd/problems ← eng/a-type: the product brief's three-level cascade. */
const strategy = buildStrategy({
  scorecards: [
    card('corp', [objective('quality', { kpis: [kpi(1)] })]),
    card('rnd', [
      objective('problems', { kpis: [kpi(0.5)], contributesTo: to('corp', 'quality'), weight: 2 }),
    ]),
    card('eng', [objective('a-type', { kpis: [kpi(0.2)], contributesTo: to('rnd', 'problems') })]),
  ],
});

describe('cascading via contributesTo (scoring.md §3)', () => {
  const prepared = prepareStrategy(strategy);

  it('rolls a contributing objective into its target with its weight', () => {
    const corp = scoreScorecard(prepared, scorecardId('corp'), MARCH);
    const quality = corp.perspectives[1]!.objectives[0]!;
    const problems = (0.5 + 0.2) / 2;
    expect(quality.contributors.map((c) => `${c.scorecard}/${c.id}`)).toEqual(['rnd/problems']);
    expect(quality.contributors[0]!.score).toBeCloseTo(problems, 12);
    expect(quality.score).toBeCloseTo((1 + 2 * problems) / 3, 12);
    expect(quality.coverage).toEqual({ scored: 2, total: 2 });
  });

  it('cascades through several levels', () => {
    const rnd = scoreScorecard(prepared, scorecardId('rnd'), MARCH);
    const problems = rnd.perspectives[1]!.objectives[0]!;
    expect(problems.contributors[0]).toMatchObject({ id: 'a-type', scorecard: 'eng' });
    expect(problems.score).toBeCloseTo(0.35, 12);
  });

  it('gives the same numbers scoring all scorecards at once, sharing one result per objective', () => {
    const all = scoreAllScorecards(prepared, MARCH);
    expect(all.map((c) => c.id)).toEqual(['corp', 'rnd', 'eng']);
    const viaCorp = all[0]!.perspectives[1]!.objectives[0]!.contributors[0]!;
    const own = all[1]!.perspectives[1]!.objectives[0]!;
    expect(viaCorp).toBe(own); // memoised: scored once per run
    expect(all[0]!.score).toEqual(scoreScorecard(prepared, scorecardId('corp'), MARCH).score);
  });

  it('still counts a contributing objective in its own scorecard', () => {
    const rnd = scoreScorecard(prepared, scorecardId('rnd'), MARCH);
    expect(rnd.score).toBeCloseTo(0.35, 12);
  });

  it('does not let a contributor without data lower its target', () => {
    const s = buildStrategy({
      scorecards: [
        card('corp', [objective('q', { kpis: [kpi(0.9)] })]),
        card('dept', [objective('d', { kpis: [kpi(null)], contributesTo: to('corp', 'q') })]),
      ],
    });
    const corp = scoreScorecard(prepareStrategy(s), scorecardId('corp'), MARCH);
    expect(corp.score).toBeCloseTo(0.9, 12);
    expect(corp.coverage).toEqual({ scored: 1, total: 1 });
    expect(corp.perspectives[1]!.objectives[0]!.coverage).toEqual({ scored: 1, total: 2 });
  });

  it('terminates on a contributesTo cycle (which validation rejects)', () => {
    const s = buildStrategy({
      scorecards: [
        card('a', [objective('x', { kpis: [kpi(0.4)], contributesTo: to('b', 'y') })]),
        card('b', [objective('y', { kpis: [kpi(0.8)], contributesTo: to('a', 'x') })]),
      ],
    });
    const all = scoreAllScorecards(prepareStrategy(s), MARCH);
    expect(all.map((c) => c.score)).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('terminates on an objective that is its own parent', () => {
    const s = buildStrategy({
      scorecards: [card('a', [objective('x', { parent: objectiveId('x'), kpis: [kpi(1)] })])],
    });
    expect(scoreScorecard(prepareStrategy(s), scorecardId('a'), MARCH).score).toBeNull();
  });
});

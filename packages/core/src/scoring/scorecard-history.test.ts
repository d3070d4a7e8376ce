import { buildKpi, buildObjective, buildScorecard, buildStrategy, values } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { objectiveId, scorecardId } from '../model/ids.ts';
import { periodOf, periodRange } from '../periods/period.ts';
import { objectiveHistory, scorecardHistory } from './history.ts';
import { UnknownNodeError } from './lookup.ts';
import { prepareStrategy } from './prepare.ts';
import { scoreScorecard } from './scorecard-score.ts';

/** corp/quality ← rnd/problems: a scorecard whose history depends on another's data. */
const strategy = buildStrategy({
  scorecards: [
    buildScorecard({
      id: scorecardId('corp'),
      objectives: [
        buildObjective({
          id: objectiveId('quality'),
          kpis: [buildKpi({ values: values({ '2026-01': 40, '2026-02': 90, '2026-04': 60 }) })],
        }),
      ],
    }),
    buildScorecard({
      id: scorecardId('rnd'),
      objectives: [
        buildObjective({
          id: objectiveId('problems'),
          weight: 2,
          contributesTo: { scorecard: scorecardId('corp'), objective: objectiveId('quality') },
          kpis: [buildKpi({ carryForward: true, values: values({ '2026-02': 20 }) })],
        }),
      ],
    }),
  ],
});
const prepared = prepareStrategy(strategy);
const months = periodRange(periodOf('2025-12'), periodOf('2026-04'));

describe('scorecardHistory', () => {
  it("lists a scorecard's score per period, cascade included, N/A where nothing is scored", () => {
    const points = scorecardHistory(prepared, scorecardId('corp'), months);
    expect(points.map((p) => p.period)).toEqual(months.map((m) => m.key));
    expect(points[0]).toEqual({
      period: '2025-12',
      score: null,
      status: 'none',
      value: null,
      coverage: { scored: 0, total: 1 },
    });
    expect(points[1]!.score).toBeCloseTo(0.4, 12); // January: rnd has no value yet
    expect(points[2]!.score).toBeCloseTo((0.9 + 2 * 0.2) / 3, 12);
    expect(points[3]!.score).toBeCloseTo(0.2, 12); // March: only rnd's carried-forward value
    expect(points[3]!.status).toBe('red');
  });

  it('gives, period by period, what scoreScorecard gives', () => {
    for (const id of [scorecardId('corp'), scorecardId('rnd')]) {
      const points = scorecardHistory(prepared, id, months);
      months.forEach((period, i) => {
        const tree = scoreScorecard(prepared, id, period);
        expect(points[i]).toEqual({
          period: period.key,
          score: tree.score,
          status: tree.status,
          value: null,
          coverage: tree.coverage,
        });
      });
    }
  });

  it('keeps the order of the periods given, repeats included, and accepts none', () => {
    const order = [periodOf('2026-04'), periodOf('2026-Q1'), periodOf('2026-04')];
    const points = scorecardHistory(prepared, scorecardId('corp'), order);
    expect(points.map((p) => p.period)).toEqual(['2026-04', '2026-Q1', '2026-04']);
    expect(points[2]).toEqual(points[0]);
    expect(scorecardHistory(prepared, scorecardId('corp'), [])).toEqual([]);
  });

  it('agrees with objectiveHistory on a one-objective scorecard', () => {
    const card = scorecardHistory(prepared, scorecardId('rnd'), months);
    const objective = objectiveHistory(
      prepared,
      scorecardId('rnd'),
      objectiveId('problems'),
      months,
    );
    expect(card.map((p) => p.score)).toEqual(objective.map((p) => p.score));
  });

  it('rejects a scorecard that is not in the strategy', () => {
    expect(() => scorecardHistory(prepared, scorecardId('nope'), months)).toThrow(UnknownNodeError);
  });

  it('terminates on a cascade cycle (which validation rejects)', () => {
    const to = (s: string, o: string) => ({ scorecard: scorecardId(s), objective: objectiveId(o) });
    const kpi = () => buildKpi({ values: values({ '2026-03': 50 }) });
    const cyclic = buildStrategy({
      scorecards: [
        buildScorecard({
          id: scorecardId('a'),
          objectives: [
            buildObjective({ id: objectiveId('x'), kpis: [kpi()], contributesTo: to('b', 'y') }),
          ],
        }),
        buildScorecard({
          id: scorecardId('b'),
          objectives: [
            buildObjective({ id: objectiveId('y'), kpis: [kpi()], contributesTo: to('a', 'x') }),
          ],
        }),
      ],
    });
    const points = scorecardHistory(prepareStrategy(cyclic), scorecardId('b'), [
      periodOf('2026-03'),
    ]);
    expect(points[0]!.score).toBeCloseTo(0.5, 12);
  });
});

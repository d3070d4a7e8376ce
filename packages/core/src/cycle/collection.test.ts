import { buildKpi, buildObjective, buildScorecard, buildStrategy, values } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import type { Frequency } from '../model/index.ts';
import { kpiId, scorecardId } from '../model/ids.ts';
import { daysFromCivil } from '../periods/calendar.ts';
import { periodOf } from '../periods/period.ts';
import { collectionStatus, owedPeriods } from './collection.ts';
import { collectionReportSchema } from './collection.schema.ts';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
};

function strategyWith(frequency: Frequency, byPeriod: Record<string, number> = {}, owner = 'Ana') {
  return buildStrategy({
    scorecards: [
      buildScorecard({
        id: scorecardId('ops'),
        name: 'Operations',
        objectives: [
          buildObjective({
            kpis: [
              buildKpi({ id: kpiId('k'), name: 'K', frequency, owner, values: values(byPeriod) }),
            ],
          }),
        ],
      }),
    ],
  });
}

describe('owedPeriods: the KPI periods that end inside a cycle period', () => {
  it.each([
    // frequency, cycle period, owed keys
    ['monthly', '2026-11', ['2026-11']],
    ['monthly', '2026-Q4', ['2026-10', '2026-11', '2026-12']],
    [
      'monthly',
      '2026',
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ],
    ['monthly', '2026-W48', []],
    ['quarterly', '2026-11', []],
    ['quarterly', '2026-12', ['2026-Q4']],
    ['quarterly', '2026-H2', ['2026-Q3', '2026-Q4']],
    ['half-yearly', '2026-06', ['2026-H1']],
    ['half-yearly', '2026-05', []],
    ['yearly', '2026-12', ['2026']],
    ['yearly', '2026-Q3', []],
    // A week belongs to the month its Sunday falls in: 2026-W44 runs Oct 26 – Nov 1.
    ['weekly', '2026-11', ['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48']],
    ['weekly', '2026-W10', ['2026-W10']],
    [
      'daily',
      '2026-W10',
      [
        '2026-03-02',
        '2026-03-03',
        '2026-03-04',
        '2026-03-05',
        '2026-03-06',
        '2026-03-07',
        '2026-03-08',
      ],
    ],
    ['daily', '2026-03-15', ['2026-03-15']],
  ] as const)('a %s KPI owes in %s: %j', (frequency, cycle, owed) => {
    expect(owedPeriods(frequency, periodOf(cycle)).map((p) => p.key)).toEqual(owed);
  });

  it('counts the days of February in a leap year', () => {
    expect(owedPeriods('daily', periodOf('2024-02'))).toHaveLength(29);
  });
});

describe('collectionStatus: entered, due, overdue, upcoming with a fixed clock', () => {
  const grace = 5;
  it.each([
    // frequency, cycle, today, values, expected state
    ['monthly', '2026-11', '2026-12-02', { '2026-11': 3 }, 'entered'],
    ['monthly', '2026-11', '2026-11-30', {}, 'upcoming'],
    ['monthly', '2026-11', '2026-12-01', {}, 'due'],
    ['monthly', '2026-11', '2026-12-05', {}, 'due'],
    ['monthly', '2026-11', '2026-12-06', {}, 'overdue'],
    // A value for the month before does not pay this month's.
    ['monthly', '2026-11', '2026-12-10', { '2026-10': 3 }, 'overdue'],
    // A value for part of the period (a day of it) counts as entered.
    ['monthly', '2026-11', '2026-12-10', { '2026-11-30': 3 }, 'entered'],
    ['quarterly', '2026-12', '2027-01-03', {}, 'due'],
    ['quarterly', '2026-12', '2027-01-06', {}, 'overdue'],
    ['quarterly', '2026-12', '2027-01-06', { '2026-Q4': 9 }, 'entered'],
    ['half-yearly', '2026-06', '2026-06-30', {}, 'upcoming'],
    ['yearly', '2026-12', '2027-02-01', { '2026': 1 }, 'entered'],
    ['yearly', '2026-12', '2027-02-01', {}, 'overdue'],
    ['weekly', '2026-W10', '2026-03-09', {}, 'due'],
    ['weekly', '2026-W10', '2026-03-14', {}, 'overdue'],
    ['daily', '2026-03-15', '2026-03-15', {}, 'upcoming'],
    ['daily', '2026-03-15', '2026-03-20', {}, 'due'],
    ['daily', '2026-03-15', '2026-03-21', {}, 'overdue'],
  ] as const)(
    '%s KPI, cycle %s, today %s, values %j → %s',
    (frequency, cycle, today, byPeriod, state) => {
      const report = collectionStatus(strategyWith(frequency, byPeriod), {
        period: periodOf(cycle),
        today: day(today),
        graceDays: grace,
      });
      expect(report.items.map((i) => i.state)).toEqual([state]);
    },
  );

  it('names what is owed, by whom, until when, and the value entered', () => {
    const report = collectionStatus(strategyWith('monthly', { '2026-11': 42 }), {
      period: periodOf('2026-Q4'),
      today: day('2026-12-03'),
      graceDays: 2,
    });
    expect(report.items).toEqual([
      expect.objectContaining({
        period: '2026-10',
        state: 'overdue',
        dueBy: '2026-11-02',
        value: null,
      }),
      expect.objectContaining({
        period: '2026-11',
        state: 'entered',
        dueBy: '2026-12-02',
        value: 42,
      }),
      expect.objectContaining({
        period: '2026-12',
        state: 'upcoming',
        dueBy: '2027-01-02',
        value: null,
      }),
    ]);
    expect(report.items[0]).toMatchObject({
      scorecard: 'ops',
      scorecardName: 'Operations',
      kpi: 'k',
      kpiName: 'K',
      owner: 'Ana',
    });
    expect(report.counts).toEqual({ entered: 1, due: 0, overdue: 1, upcoming: 1 });
    expect(report).toMatchObject({ period: '2026-Q4', today: '2026-12-03', graceDays: 2 });
  });

  it('groups by owner (case and spaces aside) and by scorecard, and filters to one scorecard', () => {
    const kpi = (id: string, owner: string | null, v: Record<string, number> = {}) =>
      buildKpi({ id: kpiId(id), owner, values: values(v) });
    const strategy = buildStrategy({
      scorecards: [
        buildScorecard({
          id: scorecardId('top'),
          name: 'Top',
          objectives: [
            buildObjective({
              kpis: [
                kpi('a', 'Ana Lima'),
                kpi('b', ' ana lima ', { '2026-11': 1 }),
                kpi('c', null),
              ],
            }),
          ],
        }),
        buildScorecard({
          id: scorecardId('dept'),
          name: 'Department',
          objectives: [buildObjective({ kpis: [kpi('d', 'Bo')] })],
        }),
      ],
    });
    const input = { period: periodOf('2026-11'), today: day('2026-12-20'), graceDays: 5 };
    const report = collectionStatus(strategy, input);
    expect(report.owners).toEqual([
      {
        key: 'ana lima',
        name: 'Ana Lima',
        counts: { entered: 1, due: 0, overdue: 1, upcoming: 0 },
      },
      { key: null, name: 'no owner', counts: { entered: 0, due: 0, overdue: 1, upcoming: 0 } },
      { key: 'bo', name: 'Bo', counts: { entered: 0, due: 0, overdue: 1, upcoming: 0 } },
    ]);
    expect(report.scorecards.map((s) => [s.key, s.name, s.counts.overdue])).toEqual([
      ['top', 'Top', 2],
      ['dept', 'Department', 1],
    ]);
    const one = collectionStatus(strategy, { ...input, scorecard: scorecardId('dept') });
    expect(one.items.map((i) => i.kpi)).toEqual(['d']);
  });
});

describe('collectionStatus: who is asked', () => {
  it("asks the objective's owner for a KPI that names none", () => {
    const strategy = buildStrategy({
      scorecards: [
        buildScorecard({
          objectives: [
            buildObjective({
              owner: 'CFO',
              kpis: [buildKpi({ owner: null }), buildKpi({ owner: 'Ana' })],
            }),
            buildObjective({ owner: null, kpis: [buildKpi({ owner: null })] }),
          ],
        }),
      ],
    });
    const report = collectionStatus(strategy, {
      period: periodOf('2026-11'),
      today: day('2026-12-20'),
      graceDays: 5,
    });
    expect(report.items.map((i) => i.owner)).toEqual(['CFO', 'Ana', null]);
  });
});

describe('the collection report on the wire', () => {
  it('is what collectionReportSchema describes', () => {
    const report = collectionStatus(strategyWith('monthly', { '2026-10': 1 }), {
      period: periodOf('2026-Q4'),
      today: day('2026-12-03'),
      graceDays: 5,
    });
    expect(collectionReportSchema.parse(report)).toEqual(report);
  });
});

describe('calculated KPIs in the update cycle', () => {
  it('owe nothing: only the entered KPIs their formulas read are listed', () => {
    const strategy = buildStrategy({
      scorecards: [
        buildScorecard({
          id: scorecardId('ops'),
          objectives: [
            buildObjective({
              kpis: [
                buildKpi({ id: kpiId('orders'), name: 'Orders', owner: 'Ana' }),
                buildKpi({
                  id: kpiId('double'),
                  name: 'Double',
                  owner: 'Ana',
                  formula: '[orders] * 2',
                }),
              ],
            }),
          ],
        }),
      ],
    });
    const report = collectionStatus(strategy, {
      period: periodOf('2026-11'),
      today: day('2026-12-03'),
      graceDays: 5,
    });
    expect(report.items.map((i) => i.kpi)).toEqual(['orders']);
  });
});

import { buildKpi, buildObjective, buildScorecard, buildStrategy, values } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { kpiId, scorecardId } from '../model/ids.ts';
import { daysFromCivil } from '../periods/calendar.ts';
import { periodOf } from '../periods/period.ts';
import { collectionStatus } from './collection.ts';
import { remindersDue } from './reminders.ts';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
};

// Three KPIs for November: Ana owes two (one entered), "ana " is Ana again, Ben owes one.
const strategy = buildStrategy({
  scorecards: [
    buildScorecard({
      id: scorecardId('ops'),
      name: 'Operations',
      objectives: [
        buildObjective({
          kpis: [
            buildKpi({ id: kpiId('a1'), name: 'A1', frequency: 'monthly', owner: 'Ana' }),
            buildKpi({
              id: kpiId('a2'),
              name: 'A2',
              frequency: 'monthly',
              owner: 'Ana',
              values: values({ '2026-11': 4 }),
            }),
            buildKpi({ id: kpiId('a3'), name: 'A3', frequency: 'monthly', owner: 'ana ' }),
            buildKpi({ id: kpiId('b1'), name: 'B1', frequency: 'monthly', owner: 'Ben' }),
            buildKpi({ id: kpiId('n1'), name: 'N1', frequency: 'monthly' }),
          ],
        }),
      ],
    }),
  ],
});

// November's values are due by December 5 (grace 5 days).
const reminders = (today: string, before: number | null, after: number | null) =>
  remindersDue(
    collectionStatus(strategy, { period: periodOf('2026-11'), today: day(today), graceDays: 5 }),
    { remindDaysBefore: before, remindDaysAfter: after },
    day(today),
  ).map((r) => ({ kind: r.kind, owner: r.owner, kpis: r.items.map((i) => i.kpi) }));

describe('remindersDue: who to remind, and of what, on a given day', () => {
  it.each([
    // today, days before, days after, expected
    ['2026-12-01', 3, 1, []],
    [
      '2026-12-02',
      3,
      1,
      [
        { kind: 'reminder.due-soon', owner: 'Ana', kpis: ['a1', 'a3'] },
        { kind: 'reminder.due-soon', owner: 'Ben', kpis: ['b1'] },
      ],
    ],
    // Still owed on or after the day: a day the server was down loses no reminder.
    [
      '2026-12-05',
      3,
      1,
      [
        { kind: 'reminder.due-soon', owner: 'Ana', kpis: ['a1', 'a3'] },
        { kind: 'reminder.due-soon', owner: 'Ben', kpis: ['b1'] },
      ],
    ],
    // December 6 is one day overdue: an overdue reminder set to two days waits until the 7th.
    ['2026-12-06', 3, 2, []],
    [
      '2026-12-07',
      3,
      1,
      [
        { kind: 'reminder.overdue', owner: 'Ana', kpis: ['a1', 'a3'] },
        { kind: 'reminder.overdue', owner: 'Ben', kpis: ['b1'] },
      ],
    ],
    ['2026-12-02', null, 1, []],
    ['2026-12-20', 3, null, []],
    // Before the period has ended, with a long lead: the values are upcoming, and due soon.
    [
      '2026-11-29',
      10,
      null,
      [
        { kind: 'reminder.due-soon', owner: 'Ana', kpis: ['a1', 'a3'] },
        { kind: 'reminder.due-soon', owner: 'Ben', kpis: ['b1'] },
      ],
    ],
  ] as const)('on %s (remind %s days before, %s after)', (today, before, after, expected) => {
    expect(reminders(today, before, after)).toEqual(expected);
  });

  it('never reminds anyone of a KPI without an owner, nor of an entered value', () => {
    const all = reminders('2026-12-07', 3, 1).flatMap((r) => r.kpis);
    expect(all).not.toContain('n1');
    expect(all).not.toContain('a2');
  });
});

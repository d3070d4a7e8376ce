import { describe, expect, it } from 'vitest';
import type { InitiativeRecord } from '../../api/types.ts';
import {
  kpiScore,
  objectiveScore,
  perspectiveScore,
  scorecardScore,
} from '../../test/score-fixtures.ts';
import {
  kpiCoverage,
  overdueKpis,
  scorecardKpis,
  sortInitiatives,
  summarizeInitiatives,
  worstRedKpis,
} from './dashboard-data.ts';

const tree = scorecardScore([
  perspectiveScore('financial', [
    objectiveScore('grow', {
      kpis: [
        kpiScore('a', { score: 0.4 }),
        kpiScore('b', { score: 0.1, overdue: true }),
        kpiScore('c', { score: null, value: null, overdue: true }),
      ],
      objectives: [objectiveScore('sub', { kpis: [kpiScore('d', { score: 0.1, stale: true })] })],
      contributors: [
        objectiveScore('other', { scorecard: 'sales', kpis: [kpiScore('x', { score: 0 })] }),
      ],
    }),
  ]),
  perspectiveScore('customer', [
    objectiveScore('loyal', { kpis: [kpiScore('e', { score: 0.9 })] }),
  ]),
]);

const ids = (items: { kpi: { id: string } }[]) => items.map((i) => i.kpi.id);

describe('dashboard lists', () => {
  const kpis = scorecardKpis(tree);

  it("collects the scorecard's own KPIs, sub-objectives included, contributors not", () => {
    expect(ids(kpis)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(kpis[3]?.objective).toEqual({ id: 'sub', name: 'Objective sub' });
  });

  it('lists red KPIs worst first, ties in scorecard order, up to the limit', () => {
    expect(ids(worstRedKpis(kpis, 10))).toEqual(['b', 'd', 'a']);
    expect(ids(worstRedKpis(kpis, 1))).toEqual(['b']);
  });

  it('lists overdue KPIs and counts KPIs with data, carried-forward ones apart', () => {
    expect(ids(overdueKpis(kpis))).toEqual(['b', 'c']);
    expect(kpiCoverage(kpis)).toEqual({ withData: 4, stale: 1, total: 5 });
  });
});

const initiative = (id: string, status: string, extra: Partial<InitiativeRecord> = {}) =>
  ({
    id,
    name: `Initiative ${id}`,
    status,
    budget: null,
    spent: null,
    progress: null,
    due: null,
    owner: null,
    objective: 'grow',
    version: 1,
    ...extra,
  }) as InitiativeRecord;

describe('initiatives', () => {
  const list = [
    initiative('a', 'on-track', { budget: 100, spent: 40, due: '2026-12-31' }),
    initiative('b', 'late', { budget: 50, spent: 70 }),
    initiative('c', 'on-track', { due: '2026-06-30' }),
    initiative('d', 'paused'),
  ];

  it('counts by status (attention first) and adds budget and spent where given', () => {
    expect(summarizeInitiatives(list)).toEqual({
      total: 4,
      byStatus: [
        { status: 'late', count: 1 },
        { status: 'on-track', count: 2 },
        { status: 'paused', count: 1 },
      ],
      budget: 150,
      spent: 110,
    });
  });

  it('sorts late and at-risk first, then by due date', () => {
    expect(sortInitiatives(list).map((i) => i.id)).toEqual(['b', 'c', 'a', 'd']);
  });
});

import { describe, expect, it } from 'vitest';
import type { ScorecardDetail } from '../../api/types.ts';
import {
  kpiScore,
  objectiveScore,
  perspectiveScore,
  scorecardScore,
} from '../../test/score-fixtures.ts';
import { buildEntryRows, distinctOwners, filterRows, NO_OWNER } from './entry-rows.ts';

const kpi = (id: string, extra: Record<string, unknown>) => ({
  id,
  name: `KPI ${id}`,
  unit: '%',
  owner: null,
  frequency: 'monthly',
  values: [],
  ...extra,
});

const detail = {
  id: 'acme',
  perspectives: [{ id: 'financial' }, { id: 'customer' }],
  objectives: [
    {
      id: 'loyal',
      name: 'Loyal customers',
      perspective: 'customer',
      kpis: [
        kpi('nps', {
          owner: 'CMO',
          frequency: 'quarterly',
          values: [
            { period: '2026-03', value: 28, comment: null },
            { period: '2026-06', value: 34, comment: 'survey' },
          ],
        }),
      ],
    },
    {
      id: 'grow',
      name: 'Grow revenue',
      perspective: 'financial',
      kpis: [
        kpi('revenue', {
          owner: 'CFO',
          values: [
            { period: '2026-04', value: 1, comment: null },
            { period: '2026-07', value: 9, comment: null },
            { period: '2026-05', value: 2, comment: null },
          ],
        }),
      ],
    },
  ],
} as unknown as ScorecardDetail;

const tree = scorecardScore([
  perspectiveScore('customer', [
    objectiveScore('loyal', { kpis: [kpiScore('nps', { score: 0.9 })] }),
  ]),
]);

describe('buildEntryRows', () => {
  it('lists KPIs in perspective order with stored value, last value and status', () => {
    const rows = buildEntryRows(detail, tree, '2026-06');
    expect(rows.map((r) => r.kpi)).toEqual(['revenue', 'nps']);
    expect(rows[0]).toMatchObject({
      objectiveName: 'Grow revenue',
      period: '2026-06',
      stored: null,
      last: { period: '2026-05', value: 2 },
      status: 'none',
      score: null,
    });
    expect(rows[1]).toMatchObject({
      period: '2026-06',
      due: true,
      stored: { value: 34, comment: 'survey' },
      last: { period: '2026-03', value: 28 },
      status: 'green',
      score: 0.9,
    });
  });

  it('marks a calculated KPI and carries the value the server computed for it', () => {
    const withFormula = structuredClone(detail) as unknown as {
      objectives: { kpis: Record<string, unknown>[] }[];
    };
    withFormula.objectives[0]!.kpis[0]!['formula'] = '[revenue] / 2';
    const computedTree = scorecardScore([
      perspectiveScore('customer', [
        objectiveScore('loyal', {
          kpis: [kpiScore('nps', { value: 4.5, period: '2026-06', stale: true })],
        }),
      ]),
    ]);
    const rows = buildEntryRows(withFormula as unknown as ScorecardDetail, computedTree, '2026-06');
    expect(rows.find((r) => r.kpi === 'nps')).toMatchObject({
      calculated: true,
      computed: { value: 4.5, period: '2026-06', stale: true },
    });
    expect(rows.find((r) => r.kpi === 'revenue')).toMatchObject({
      calculated: false,
      computed: null,
    });
  });

  it('marks a quarterly KPI not due in the middle of its quarter', () => {
    const rows = buildEntryRows(detail, undefined, '2026-05');
    expect(rows.find((r) => r.kpi === 'nps')).toMatchObject({ due: false, dueBy: '2026-06-30' });
  });
});

describe('owner and due filters', () => {
  const rows = buildEntryRows(detail, tree, '2026-05');

  it('lists the distinct owners', () => {
    expect(distinctOwners(rows)).toEqual(['CFO', 'CMO']);
  });

  it('filters by owner, by "no owner", and hides KPIs not due unless asked', () => {
    expect(filterRows(rows, null, false).map((r) => r.kpi)).toEqual(['revenue']);
    expect(filterRows(rows, null, true).map((r) => r.kpi)).toEqual(['revenue', 'nps']);
    expect(filterRows(rows, 'CMO', true).map((r) => r.kpi)).toEqual(['nps']);
    expect(filterRows(rows, NO_OWNER, true)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ScorecardDetail } from '../../api/types.ts';
import {
  kpiScore,
  objectiveScore,
  perspectiveScore,
  scorecardScore,
} from '../../test/score-fixtures.ts';
import {
  buildTree,
  countNodes,
  countRows,
  indexDetail,
  newestPeriod,
  parentKeys,
} from './table-tree.ts';

const tree = scorecardScore([
  perspectiveScore('financial', [
    objectiveScore('grow', {
      perspective: 'financial',
      kpis: [kpiScore('revenue', { overdue: true, unit: 'kEUR' })],
      objectives: [objectiveScore('sub', { kpis: [kpiScore('margin')] })],
      contributors: [objectiveScore('win', { scorecard: 'sales', score: 0.9 })],
    }),
  ]),
  perspectiveScore('customer', []),
]);

const detail = {
  id: 'acme',
  owner: 'Board',
  objectives: [
    {
      id: 'grow',
      owner: 'CFO',
      kpis: [
        {
          id: 'revenue',
          owner: 'Controller',
          values: [
            { period: '2026-05', value: 1, comment: null },
            { period: '2026-Q2', value: 2, comment: null },
            { period: '2026-04', value: 3, comment: null },
          ],
        },
      ],
    },
  ],
} as unknown as ScorecardDetail;

describe('buildTree', () => {
  const root = buildTree(tree, indexDetail(detail));

  it('nests perspectives, objectives, KPIs, sub-objectives and cascade contributors', () => {
    const grow = root.children[0]?.children[0];
    expect(root.key).toBe('s.acme');
    expect(root.children.map((c) => c.key)).toEqual(['p.financial', 'p.customer']);
    expect(grow?.children.map((c) => c.key)).toEqual(['k.revenue', 'o.sub', 'c.sales/win']);
    expect(grow?.children[1]?.children.map((c) => c.key)).toEqual(['k.margin']);
  });

  it("keeps the server's numbers and flags, and adds owners and the newest value period", () => {
    const grow = root.children[0]?.children[0];
    const revenue = grow?.children[0];
    expect(revenue).toMatchObject({
      score: 0.5,
      status: 'amber',
      value: 10,
      unit: 'kEUR',
      target: 20,
      overdue: true,
      owner: 'Controller',
      lastPeriod: '2026-Q2',
    });
    expect(grow?.owner).toBe('CFO');
    expect(root.owner).toBe('Board');
    expect(grow?.children[2]).toMatchObject({
      kind: 'contributor',
      scorecard: 'sales',
      score: 0.9,
    });
  });

  it('counts rows, parents, objectives and own KPIs', () => {
    expect(countRows(root)).toBe(8);
    expect(parentKeys(root)).toEqual(['s.acme', 'p.financial', 'o.grow', 'o.sub']);
    expect(countNodes(root)).toEqual({ objectives: 2, kpis: 2 });
  });
});

describe('newestPeriod', () => {
  it('compares periods of different kinds by their end', () => {
    expect(newestPeriod(['2026-05', '2026-Q2', '2026-04'])).toBe('2026-Q2');
    expect(newestPeriod(['2026-Q1', '2026-04'])).toBe('2026-04');
    expect(newestPeriod([])).toBeNull();
  });
});

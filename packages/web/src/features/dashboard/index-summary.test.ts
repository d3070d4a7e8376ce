import { describe, expect, it } from 'vitest';
import {
  kpiScore,
  objectiveScore,
  perspectiveScore,
  scorecardScore,
} from '../../test/score-fixtures.ts';
import { matchesScorecard, summarizeTree } from './index-summary.ts';

describe('summarizeTree', () => {
  it('counts objectives (sub-objectives too), KPIs and KPIs with data, per perspective scores', () => {
    const tree = scorecardScore([
      perspectiveScore(
        'financial',
        [
          objectiveScore('a', {
            kpis: [kpiScore('k1'), kpiScore('k2', { value: null })],
            objectives: [objectiveScore('b', { kpis: [kpiScore('k3')] })],
          }),
        ],
        { score: 0.7 },
      ),
      perspectiveScore('customer', [], { score: null }),
    ]);
    const summary = summarizeTree(tree);
    expect(summary).toMatchObject({ objectives: 2, kpis: 3, kpisWithData: 2 });
    expect(summary.perspectives).toEqual([
      { id: 'financial', name: 'Perspective financial', score: 0.7, status: 'amber' },
      { id: 'customer', name: 'Perspective customer', score: null, status: 'none' },
    ]);
  });
});

describe('matchesScorecard', () => {
  const card = { id: 'sales-emea', name: 'Sales EMEA', owner: 'Head of Sales' };
  it('finds by name, id or owner, ignoring case', () => {
    expect(matchesScorecard(card, 'emea')).toBe(true);
    expect(matchesScorecard(card, 'SALES-')).toBe(true);
    expect(matchesScorecard(card, 'head of')).toBe(true);
    expect(matchesScorecard(card, 'finance')).toBe(false);
    expect(matchesScorecard(card, '  ')).toBe(true);
  });
});

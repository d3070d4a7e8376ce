import { describe, expect, it } from 'vitest';
import type { KpiScore, ObjectiveScore, ScorecardScore } from '../api/types.ts';
import { findKpiScore, findObjectiveScore } from './score-tree.ts';

const kpi = (id: string, score: number): KpiScore =>
  ({ id, name: id, score, status: 'amber' }) as unknown as KpiScore;

const objective = (
  id: string,
  extra: Partial<Pick<ObjectiveScore, 'objectives' | 'contributors' | 'kpis'>> = {},
): ObjectiveScore =>
  ({
    id,
    name: id,
    scorecard: 'acme',
    objectives: [],
    contributors: [],
    kpis: [],
    ...extra,
  }) as unknown as ObjectiveScore;

const tree = {
  id: 'acme',
  perspectives: [
    {
      id: 'customer',
      objectives: [
        objective('quality', {
          kpis: [kpi('return-rate', 0.7)],
          objectives: [objective('packaging', { kpis: [kpi('damage', 0.4)] })],
          // A contributor from another scorecard that happens to reuse an id of this one.
          contributors: [objective('quality-eu', { kpis: [kpi('nps', 0.1)] })],
        }),
      ],
    },
    { id: 'financial', objectives: [objective('revenue', { kpis: [kpi('nps', 0.9)] })] },
  ],
} as unknown as ScorecardScore;

describe('finding nodes in the score tree', () => {
  it('finds top-level and nested objectives', () => {
    expect(findObjectiveScore(tree, 'quality')?.id).toBe('quality');
    expect(findObjectiveScore(tree, 'packaging')?.id).toBe('packaging');
    expect(findObjectiveScore(tree, 'nope')).toBeNull();
    expect(findObjectiveScore(undefined, 'quality')).toBeNull();
  });

  it("finds a KPI under nested objectives, never in another scorecard's contributors", () => {
    expect(findKpiScore(tree, 'damage')?.score).toBe(0.4);
    expect(findKpiScore(tree, 'nps')?.score).toBe(0.9);
    expect(findObjectiveScore(tree, 'quality-eu')).toBeNull();
  });
});

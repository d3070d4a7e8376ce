import { describe, expect, it } from 'vitest';
import { buildMapModel, layoutGraphOf, objectiveScores, statusCounts } from './map-model.ts';
import {
  links,
  objective,
  objectives,
  objectiveScore,
  perspectives,
  scores,
} from './test-fixtures.ts';

const model = buildMapModel({ perspectives, objectives, links, scores, trends: null });

describe('buildMapModel', () => {
  it('makes one lane per perspective in the scorecard order, with the server score', () => {
    expect(model.lanes.map((l) => l.name)).toEqual([
      'Financial',
      'Customer',
      'Internal Processes',
      'Learning and Growth',
    ]);
    expect(model.lanes[1]).toMatchObject({ score: 0.55, status: 'amber' });
    // A perspective the score tree does not mention has no score, not a made-up one.
    expect(model.lanes[3]).toMatchObject({ score: null, status: 'none' });
  });

  it('gives each card the status, score and KPI count of the score tree', () => {
    const quality = model.cards.find((c) => c.id === 'quality');
    expect(quality).toMatchObject({
      name: 'Provide high product quality',
      lane: 'customer',
      status: 'red',
      score: 0.4,
      kpiCount: 2,
      version: 3,
      trend: null,
    });
    expect(model.cards.find((c) => c.id === 'skills')).toMatchObject({
      status: 'none',
      score: null,
      kpiCount: 0,
    });
  });

  it('counts KPIs from their definitions, so a map without values shows them', () => {
    const unscored = buildMapModel({
      perspectives,
      objectives,
      links,
      scores: undefined,
      trends: null,
      kpis: [{ objective: 'skills' }, { objective: 'skills' }, { objective: 'quality' }],
    });
    expect(unscored.cards.find((c) => c.id === 'skills')).toMatchObject({
      status: 'none',
      kpiCount: 2,
    });
    expect(unscored.cards.find((c) => c.id === 'quality')?.kpiCount).toBe(1);
  });

  it('takes trends by objective id when the server has them', () => {
    const withTrends = buildMapModel({
      perspectives,
      objectives,
      links,
      scores,
      trends: { quality: [0.2, null, 0.4] },
    });
    expect(withTrends.cards.find((c) => c.id === 'quality')?.trend).toEqual([0.2, null, 0.4]);
    expect(withTrends.cards.find((c) => c.id === 'qa')?.trend).toBeNull();
  });

  it('drops links whose ends are not on the map', () => {
    const partial = buildMapModel({
      perspectives,
      objectives: objectives.filter((o) => o.id !== 'qa'),
      links,
      scores,
      trends: null,
    });
    expect(partial.links.map((l) => l.id)).toEqual(['quality->loyalty', 'loyalty->revenue']);
  });

  it('leaves out objectives of a perspective the scorecard does not list', () => {
    const odd = buildMapModel({
      perspectives,
      objectives: [...objectives, objective('stray', 'nowhere')],
      links: [],
      scores,
      trends: null,
    });
    expect(odd.cards.map((c) => c.id)).not.toContain('stray');
  });
});

describe('objectiveScores', () => {
  it('finds sub-objectives too', () => {
    const nested = {
      ...scores,
      perspectives: [
        {
          ...scores.perspectives[0]!,
          objectives: [
            objectiveScore(
              'parent',
              'financial',
              'green',
              1,
              [],
              [objectiveScore('child', 'financial', 'red', 0.1)],
            ),
          ],
        },
      ],
    };
    expect(objectiveScores(nested).get('child')?.status).toBe('red');
    expect(objectiveScores(undefined).size).toBe(0);
  });
});

describe('layoutGraphOf and statusCounts', () => {
  it('keep the structure and count statuses', () => {
    const graph = layoutGraphOf(model);
    expect(graph.lanes).toEqual(['financial', 'customer', 'internal', 'learning']);
    expect(graph.links).toContainEqual({ from: 'skills', to: 'qa' });
    expect(statusCounts(model.cards)).toEqual({ green: 1, amber: 1, red: 1, none: 2 });
  });
});

import { generateStrategy, validateStrategyData, type Scorecard } from '@bearing/core';
import { describe, expect, it } from 'vitest';
import { countsOf, outlineOf } from './strategy-outline.ts';

function scorecardOf(data: unknown): Scorecard {
  const parsed = validateStrategyData(data);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return parsed.value.scorecards[0]!;
}

describe('outlineOf', () => {
  it('gives one lane per perspective in order, with sub-objectives under their umbrella', () => {
    const sc = scorecardOf({
      bearing: 1,
      scorecards: [
        {
          id: 'x',
          name: 'X',
          objectives: [
            { id: 'sub', name: 'Sub', perspective: 'customer', parent: 'umbrella' },
            { id: 'umbrella', name: 'Umbrella', perspective: 'customer' },
            {
              id: 'rev',
              name: 'Revenue',
              perspective: 'financial',
              kpis: [{ id: 'r', name: 'R', indicator: 'lagging', unit: 'EUR' }],
              initiatives: [{ name: 'Plan' }],
            },
          ],
        },
      ],
    });
    const lanes = outlineOf(sc);
    expect(lanes.map((l) => l.name)).toEqual([
      'Financial',
      'Customer',
      'Internal Processes',
      'Learning and Growth',
    ]);
    expect(lanes[0]?.objectives[0]).toEqual({
      id: 'rev',
      name: 'Revenue',
      kpis: [{ id: 'r', name: 'R', indicator: 'lagging', unit: 'EUR' }],
      initiatives: 1,
      children: [],
    });
    expect(lanes[1]?.objectives.map((o) => [o.id, o.children.map((c) => c.id)])).toEqual([
      ['umbrella', ['sub']],
    ]);
    expect(lanes[2]?.objectives).toEqual([]);
  });

  it('reads a wizard strategy: partner umbrella with its three needs', () => {
    const strategy = generateStrategy({
      organization: 'Summit Gear',
      valueDiscipline: 'product-leadership',
      segments: [{ name: 'Alpine climbers' }],
      partners: ['Dealers'],
    });
    const customer = outlineOf(strategy.scorecards[0]!)[1]!;
    expect(customer.objectives.map((o) => [o.id, o.children.length])).toEqual([
      ['high-value-customers', 3],
      ['win-win-partners', 3],
    ]);
    expect(countsOf(strategy.scorecards)).toMatchObject({ scorecards: 1, objectives: 14 });
  });
});

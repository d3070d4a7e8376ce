import { describe, expect, it } from 'vitest';
import type { KpiIndexEntry } from '../../api/types.ts';
import { MAX_OPTIONS, referenceOptions } from './reference-options.ts';

const entry = (scorecard: string, id: string, name: string): KpiIndexEntry => ({
  scorecard,
  scorecardName: scorecard === 'shop' ? 'Web shop' : 'Sales',
  id,
  name,
  unit: null,
  calculated: false,
});

const index = [
  entry('sales', 'orders', 'Orders won'),
  entry('shop', 'visits', 'Visits'),
  entry('shop', 'orders', 'Orders'),
  entry('shop', 'conversion', 'Conversion rate'),
];

const refs = (query: string, self: string | null = null) =>
  referenceOptions(index, 'shop', query, self).map((o) => o.reference);

describe('referenceOptions', () => {
  it("lists this scorecard's KPIs first, then the others' with their scorecard", () => {
    expect(refs('')).toEqual(['visits', 'orders', 'conversion', 'sales/orders']);
  });

  it('filters by the id, the scorecard-qualified id or the name', () => {
    expect(refs('ord')).toEqual(['orders', 'sales/orders']);
    expect(refs('sales/')).toEqual(['sales/orders']);
    expect(refs('rate')).toEqual(['conversion']);
    expect(refs('ORDERS')).toEqual(['orders', 'sales/orders']);
  });

  it('does not offer the KPI being edited (a formula cannot read itself)', () => {
    expect(refs('', 'conversion')).toEqual(['visits', 'orders', 'sales/orders']);
  });

  it('marks local options and keeps what the list shows', () => {
    const [first] = referenceOptions(index, 'shop', 'vis', null);
    expect(first).toEqual({
      reference: 'visits',
      name: 'Visits',
      scorecardName: 'Web shop',
      unit: null,
      calculated: false,
      local: true,
    });
  });

  it(`stops at ${MAX_OPTIONS} options`, () => {
    const many = Array.from({ length: 80 }, (_, i) => entry('shop', `k${i}`, `KPI ${i}`));
    expect(referenceOptions(many, 'shop', '', null)).toHaveLength(MAX_OPTIONS);
  });
});

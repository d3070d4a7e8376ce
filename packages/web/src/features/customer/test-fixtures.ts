import type { CustomerModel } from '@bearing/core';
import { asCustomerModel } from './customer-model.ts';
import type { KpiLike, ObjectiveLike } from './scorecard-shape.ts';

/** Small builders for the customer view's tests: a model and objectives with overrides. */
export function model(raw: Record<string, unknown>): CustomerModel {
  const m = asCustomerModel(raw);
  if (m === null) throw new Error('not a customer model');
  return m;
}

export function objective(
  id: string,
  overrides: Partial<ObjectiveLike> = {},
  kpis: readonly KpiLike[] = [],
): ObjectiveLike {
  return { id, name: `Objective ${id}`, perspective: 'customer', parent: null, kpis, ...overrides };
}

export function kpi(id: string, overrides: Partial<KpiLike> = {}): KpiLike {
  return { id, name: `KPI ${id}`, indicator: 'lagging', ...overrides };
}

/** A product-leadership scorecard's customer section: two segments, a partner, an attribute gap. */
export const GEAR = {
  stakeholders: [
    { id: 'customers', name: 'Customers', needs: ['Products that last'] },
    { id: 'dealers', name: 'Outdoor dealers', kind: 'partner', needs: ['Good margins'] },
  ],
  segments: [
    { id: 'climbers', name: 'Alpine climbers', values: ['functionality', 'quality'] },
    { id: 'hikers', name: 'Weekend hikers', values: ['quality', 'brand'] },
    { id: 'tourists', name: 'Tourists', values: ['price'], targeted: false },
  ],
  valueProposition: {
    discipline: 'product-leadership',
    attributes: [
      { attribute: 'functionality', objective: 'performance' },
      { attribute: 'quality', objective: 'quality' },
    ],
  },
};

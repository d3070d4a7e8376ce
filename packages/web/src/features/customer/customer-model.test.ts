import { describe, expect, it } from 'vitest';
import { asCustomerModel, isEmptyCustomer } from './customer-model.ts';

describe('asCustomerModel', () => {
  it('fills the strategy file defaults: kind customer, targeted, id from the name', () => {
    const m = asCustomerModel({
      stakeholders: [{ name: 'Weekend hikers', needs: ['Gear that lasts', 3] }],
      segments: [{ name: 'Alpine climbers', values: ['quality', 'nonsense'] }],
    });
    expect(m?.stakeholders[0]).toEqual({
      id: 'weekend-hikers',
      name: 'Weekend hikers',
      kind: 'customer',
      needs: ['Gear that lasts'],
    });
    expect(m?.segments[0]).toMatchObject({
      id: 'alpine-climbers',
      targeted: true,
      values: ['quality'],
    });
    expect(m?.valueProposition).toBeNull();
  });

  it('keeps a segment marked not targeted, and drops attributes without an objective', () => {
    const m = asCustomerModel({
      segments: [{ id: 's', name: 'S', targeted: false }],
      valueProposition: {
        discipline: 'nope',
        attributes: [{ attribute: 'price', objective: 'low-price' }, { attribute: 'time' }],
      },
    });
    expect(m?.segments[0]?.targeted).toBe(false);
    expect(m?.valueProposition).toEqual({
      discipline: null,
      attributes: [{ attribute: 'price', objective: 'low-price' }],
    });
  });

  it('reads null and non-objects as no section', () => {
    expect(asCustomerModel(null)).toBeNull();
    expect(asCustomerModel([1, 2])).toBeNull();
    expect(isEmptyCustomer(null)).toBe(true);
    expect(isEmptyCustomer(asCustomerModel({}))).toBe(true);
    expect(isEmptyCustomer(asCustomerModel({ segments: [{ name: 'A' }] }))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { customerObjectives, isCustomerPerspective } from './customer-perspective.ts';
import { objective } from './test-fixtures.ts';

describe('customer perspective', () => {
  it('is found by id or by a renamed perspective’s name', () => {
    expect(isCustomerPerspective({ id: 'customer', name: 'Kunden' })).toBe(true);
    expect(isCustomerPerspective({ id: 'p2', name: 'Patients, Families and Physicians' })).toBe(
      true,
    );
    expect(isCustomerPerspective({ id: 'serve', name: 'Serve the Residents' })).toBe(true);
    expect(isCustomerPerspective({ id: 'internal', name: 'Care Processes' })).toBe(false);
  });

  it('keeps only objectives of the customer perspectives', () => {
    const perspectives = [
      { id: 'financial', name: 'Financial' },
      { id: 'customer', name: 'Customer' },
    ];
    const list = [objective('a'), objective('b', { perspective: 'financial' })];
    expect(customerObjectives(perspectives, list).map((o) => o.id)).toEqual(['a']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Initiative, InitiativeId } from '../model/index.ts';
import { initiativeCost } from './earned-value.ts';

function initiative(overrides: Partial<Initiative>): Initiative {
  return {
    id: 'crm' as InitiativeId,
    name: 'CRM roll-out',
    owner: null,
    description: null,
    start: null,
    due: null,
    budget: null,
    spent: null,
    progress: null,
    status: 'on-track',
    ...overrides,
  };
}

describe('initiativeCost', () => {
  it('earns the budget in proportion to progress and compares it with what was spent', () => {
    expect(initiativeCost(initiative({ budget: 200, progress: 0.5, spent: 120 }))).toEqual({
      earnedValue: 100,
      costVariance: -20,
    });
  });
  it('has a positive cost variance when the work done cost less than planned', () => {
    expect(initiativeCost(initiative({ budget: 100, progress: 0.8, spent: 50 })).costVariance).toBe(
      30,
    );
  });
  it('gives no earned value without a budget or progress, and no variance without spent', () => {
    expect(initiativeCost(initiative({ budget: 100, spent: 10 }))).toEqual({
      earnedValue: null,
      costVariance: null,
    });
    expect(initiativeCost(initiative({ budget: 100, progress: 0.2 }))).toEqual({
      earnedValue: 20,
      costVariance: null,
    });
  });
});

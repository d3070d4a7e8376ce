import { describe, expect, it } from 'vitest';
import { EMPTY_NEW_KPI, newKpiInput, validateNewKpi } from './new-kpi-form.ts';

describe('adding a KPI', () => {
  it('posts the filled fields with the objective, leaving defaults out', () => {
    expect(
      newKpiInput('quality', { ...EMPTY_NEW_KPI, name: 'Defects', baseline: 10, target: 2 }),
    ).toEqual({
      objective: 'quality',
      name: 'Defects',
      optimization: 'maximize',
      baseline: 10,
      target: 2,
      frequency: 'monthly',
    });
  });

  it('writes a range target as [low, high]', () => {
    const input = newKpiInput('quality', {
      ...EMPTY_NEW_KPI,
      name: 'Temperature',
      optimization: 'range',
      targetLow: 18,
      targetHigh: 22,
    });
    expect(input['target']).toEqual([18, 22]);
  });

  it('validates with createKpiInput', () => {
    expect(validateNewKpi(newKpiInput('quality', { ...EMPTY_NEW_KPI, name: 'Defects' }))).toEqual(
      {},
    );
    expect(validateNewKpi(newKpiInput('quality', EMPTY_NEW_KPI))).toEqual({
      name: 'expected a non-empty name',
    });
    expect(
      validateNewKpi(newKpiInput('quality', { ...EMPTY_NEW_KPI, name: 'x', baseline: '1e' })),
    ).toEqual({ baseline: 'expected a number' });
  });
});

import { describe, expect, it } from 'vitest';
import type { KpiRecord } from '../../api/types.ts';
import {
  kpiPatch,
  kpiToValues,
  kpiValuesToInput,
  scaleProblem,
  validateKpiPatch,
} from './kpi-form.ts';

const returnRate: KpiRecord = {
  id: 'return-rate',
  name: 'Product return rate',
  description: null,
  unit: '%',
  indicator: 'lagging',
  optimization: 'minimize',
  baseline: 8,
  target: 2,
  targets: { '2027': 1.5 },
  min: null,
  max: null,
  weight: 1,
  frequency: 'monthly',
  aggregation: 'last',
  carryForward: false,
  thresholds: { green: 0.7, amber: 0.4 },
  allowNegative: false,
  owner: 'QA lead',
  segment: null,
  outcome: null,
  objective: 'quality',
  version: 3,
};

describe('KPI form values', () => {
  it('shows the record for editing: empty for nothing, thresholds in percent', () => {
    const v = kpiToValues(returnRate);
    expect(v).toMatchObject({
      name: 'Product return rate',
      description: '',
      unit: '%',
      indicator: 'lagging',
      baseline: 8,
      target: 2,
      targetLow: '',
      min: '',
      ownThresholds: true,
      green: 70,
      amber: 40,
      targets: [{ period: '2027', value: 1.5, high: '' }],
    });
  });

  it('round-trips: an untouched form writes the record back as it was', () => {
    const input = kpiValuesToInput(kpiToValues(returnRate));
    expect(input).toMatchObject({
      name: 'Product return rate',
      description: null,
      baseline: 8,
      target: 2,
      targets: { '2027': 1.5 },
      thresholds: { green: 0.7, amber: 0.4 },
      owner: 'QA lead',
    });
    expect(kpiPatch(kpiToValues(returnRate), kpiToValues(returnRate))).toEqual({});
  });

  it('sends only what changed, and a cleared field as null', () => {
    const base = kpiToValues(returnRate);
    expect(kpiPatch(base, { ...base, owner: '', target: 1.5, unit: '%' })).toEqual({
      owner: null,
      target: 1.5,
    });
    expect(kpiPatch(base, { ...base, ownThresholds: false })).toEqual({ thresholds: null });
    expect(kpiPatch(base, { ...base, targets: [] })).toEqual({ targets: null });
  });

  it('writes a range target as [low, high]', () => {
    const range: KpiRecord = {
      ...returnRate,
      optimization: 'range',
      target: [18, 22],
      targets: {},
    };
    const v = kpiToValues(range);
    expect(v).toMatchObject({ target: '', targetLow: 18, targetHigh: 22 });
    expect(kpiPatch(v, { ...v, targetHigh: 24 })).toEqual({ target: [18, 24] });
  });

  it('converts threshold percent back to fractions without float noise', () => {
    const base = kpiToValues(returnRate);
    expect(kpiPatch(base, { ...base, green: 85, amber: 55 })).toEqual({
      thresholds: { green: 0.85, amber: 0.55 },
    });
  });
});

describe('the formula in the patch', () => {
  it('turns a KPI calculated, resetting an aggregation and carry-forward the form no longer shows', () => {
    const base = kpiToValues({ ...returnRate, aggregation: 'sum', carryForward: true });
    const patch = kpiPatch(base, { ...base, formula: ' [a] / [b] ', aggregation: 'average' });
    expect(patch).toEqual({ formula: '[a] / [b]', aggregation: null, carryForward: null });
    expect(validateKpiPatch(patch)).toEqual({});
  });

  it('sends only the formula when the defaults are in place', () => {
    const base = kpiToValues(returnRate);
    expect(kpiPatch(base, { ...base, formula: '[a] * 2' })).toEqual({ formula: '[a] * 2' });
  });

  it('removes a formula with null', () => {
    const base = kpiToValues({ ...returnRate, formula: '[a] * 2' });
    expect(base.formula).toBe('[a] * 2');
    expect(kpiPatch(base, { ...base, formula: '  ' })).toEqual({ formula: null });
  });
});

describe('KPI form validation (updateKpiInput)', () => {
  const base = kpiToValues(returnRate);
  const check = (draft: typeof base) => validateKpiPatch(kpiPatch(base, draft));

  it('accepts a valid change', () => {
    expect(check({ ...base, target: 1 })).toEqual({});
  });

  it("shows the shared schema's message at the field", () => {
    expect(check({ ...base, weight: -1 })).toEqual({
      weight: 'expected a weight of 0 or more (0 = tracked, not counted)',
    });
    expect(check({ ...base, name: '   ' })).toEqual({ name: 'expected a non-empty name' });
  });

  it('refuses a half-typed number instead of dropping it', () => {
    expect(check({ ...base, baseline: '-' })).toEqual({ baseline: 'expected a number' });
  });

  it('refuses thresholds out of order, saying how the form writes them', () => {
    const errors = check({ ...base, green: 40, amber: 60 });
    expect(errors['thresholds']).toMatch(/^expected 0 <= amber <= green <= 1/);
    expect(errors['thresholds']).toMatch(/in %/);
  });

  it('checks the period keys of per-period targets', () => {
    expect(check({ ...base, targets: [{ period: '2027-13', value: 1, high: '' }] })).toEqual({
      targets: '"2027-13" is not a valid period: a month is 01 to 12',
    });
    expect(check({ ...base, targets: [{ period: '', value: 1, high: '' }] })).toEqual({
      targets: 'Each per-period target needs a period',
    });
  });
});

describe('scale problems', () => {
  it('names the first scale field with a problem, in the order of the form', () => {
    expect(
      scaleProblem({ weight: 'w', max: 'too small', target: 'minimize needs target < baseline' }),
    ).toBe('Target: minimize needs target < baseline');
    expect(scaleProblem({ weight: 'w' })).toBeNull();
  });
});

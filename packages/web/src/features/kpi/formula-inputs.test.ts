import { describe, expect, it } from 'vitest';
import type { FormulaInput } from '../../api/types.ts';
import { inputRows } from './formula-inputs.ts';

const input = (scorecard: string, kpi: string, value: number | null): FormulaInput => ({
  scorecard,
  kpi,
  name: kpi.toUpperCase(),
  reference: scorecard === 'shop' ? `[${kpi}]` : `[${scorecard}/${kpi}]`,
  period: '2026-03',
  value,
  stale: false,
  calculated: false,
});

describe('inputRows', () => {
  it("lists the explanation's inputs once each, with their values", () => {
    const rows = inputRows('shop', '[orders] / [visits] + prev([orders])', [
      input('shop', 'orders', 120),
      input('shop', 'visits', null),
      input('shop', 'orders', 100),
    ]);
    expect(rows.map((r) => [r.reference, r.name, r.value])).toEqual([
      ['[orders]', 'ORDERS', 120],
      ['[visits]', 'VISITS', null],
    ]);
  });

  it('reads the references from the formula when there is no explanation, with no values', () => {
    const rows = inputRows('shop', 'avg([orders], [sales/won], [orders])', undefined);
    expect(rows).toEqual([
      expect.objectContaining({ scorecard: 'shop', kpi: 'orders', reference: '[orders]' }),
      expect.objectContaining({ scorecard: 'sales', kpi: 'won', reference: '[sales/won]' }),
    ]);
    expect(rows.every((r) => r.value === undefined)).toBe(true);
  });

  it('gives nothing for a formula that does not parse', () => {
    expect(inputRows('shop', '[orders] /', undefined)).toEqual([]);
  });
});

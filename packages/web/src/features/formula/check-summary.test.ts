import { describe, expect, it } from 'vitest';
import type { FormulaCheckResult, FormulaInput } from '../../api/types.ts';
import { inputsText, missingInputs, previewText, problemText } from './check-summary.ts';

const input = (reference: string, value: number | null, stale = false): FormulaInput => ({
  scorecard: 'shop',
  kpi: reference.slice(1, -1),
  name: reference,
  reference,
  period: '2026-03',
  value,
  stale,
  calculated: false,
});

const result = (value: number | null): FormulaCheckResult => ({
  ok: true,
  problems: [],
  period: '2026-03',
  value,
  stale: false,
  inputs: [],
});

describe('formula check summary', () => {
  it('says where a problem is, counted from 1 like the CLI', () => {
    const problem = { code: 'FORMULA', hint: null, start: 11, end: 18 };
    expect(problemText({ ...problem, message: 'no KPI "vists" in this scorecard' })).toBe(
      'At characters 12–18: no KPI "vists" in this scorecard',
    );
    expect(problemText({ ...problem, start: 4, end: 5, message: 'expected a value' })).toBe(
      'At character 5: expected a value',
    );
    expect(problemText({ ...problem, message: 'formula at character 12: x' })).toBe(
      'formula at character 12: x',
    );
  });

  it('previews the value in the unit for the period', () => {
    expect(previewText(result(2.5), '%')).toBe('= 2.5% for Mar 2026');
    expect(previewText(result(1234.567), 'EUR')).toBe('= 1,234.57 EUR for Mar 2026');
    expect(previewText(result(null), '%')).toBe('= no value for Mar 2026');
  });

  it('names the inputs without a value, once each', () => {
    expect(missingInputs([input('[orders]', 3), input('[visits]', null)])).toBe(
      '[visits] has no value for the period',
    );
    expect(missingInputs([input('[a]', null), input('[b]', null), input('[a]', null)])).toBe(
      '[a], [b] have no value for the period',
    );
    expect(missingInputs([input('[a]', 1)])).toBeNull();
  });

  it('lists the inputs with their values, marking stale ones', () => {
    expect(inputsText([input('[orders]', 120), input('[visits]', 4800, true)])).toBe(
      '[orders] 120 · [visits] 4,800 (stale)',
    );
  });
});

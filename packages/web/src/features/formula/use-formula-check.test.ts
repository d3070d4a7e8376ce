import { describe, expect, it } from 'vitest';
import type { FormulaCheckResult } from '../../api/types.ts';
import { onTypedText } from './use-formula-check.ts';

const result: FormulaCheckResult = {
  ok: false,
  problems: [{ code: 'FORMULA', message: 'x', hint: null, start: 0, end: 3 }],
  period: '2026-03',
  value: null,
  stale: false,
  inputs: [],
};

describe('onTypedText', () => {
  it('moves the offsets of the trimmed formula back onto the text as typed', () => {
    expect(onTypedText(result, '  [a] +').problems[0]).toMatchObject({ start: 2, end: 5 });
  });

  it('leaves a formula without leading space as it is', () => {
    expect(onTypedText(result, '[a] +')).toBe(result);
  });
});

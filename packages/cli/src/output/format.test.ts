import { describe, expect, it } from 'vitest';
import { formatCoverage, plural } from './format.ts';

describe('coverage and plurals', () => {
  it('says how many children were scored', () => {
    expect(formatCoverage({ scored: 2, total: 3 })).toBe('(2 of 3 scored)');
  });

  it('uses the singular for one', () => {
    expect(plural(1, 'KPI')).toBe('1 KPI');
    expect(plural(0, 'KPI')).toBe('0 KPIs');
    expect(plural(12, 'objective')).toBe('12 objectives');
  });
});

import { buildKpi, values } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../model/strategy.ts';
import { periodOf } from '../periods/period.ts';
import { scoreKpi } from './kpi-score.ts';
import { statusFor } from './status.ts';

describe('status from thresholds (scoring.md §5)', () => {
  it.each([
    [null, 'none'],
    [1, 'green'],
    [0.8, 'green'],
    [0.7999, 'amber'],
    [0.5, 'amber'],
    [0.4999, 'red'],
    [0, 'red'],
  ] as const)('gives %s the status %s with the default thresholds', (score, status) => {
    expect(statusFor(score, DEFAULT_THRESHOLDS)).toBe(status);
  });

  it('uses the thresholds it is given', () => {
    expect(statusFor(0.85, { green: 0.9, amber: 0.6 })).toBe('amber');
    expect(statusFor(0.55, { green: 0.9, amber: 0.6 })).toBe('red');
  });

  it("uses the scorecard's thresholds for a KPI without an override", () => {
    const kpi = buildKpi({ values: values({ '2026-03': 85 }) });
    expect(scoreKpi(kpi, periodOf('2026-03'), { green: 0.9, amber: 0.6 }).status).toBe('amber');
  });

  it("lets a KPI's own thresholds override the scorecard's", () => {
    const kpi = buildKpi({
      values: values({ '2026-03': 85 }),
      thresholds: { green: 0.85, amber: 0.5 },
    });
    expect(scoreKpi(kpi, periodOf('2026-03'), { green: 0.9, amber: 0.6 }).status).toBe('green');
  });
});

import { buildKpi, values } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../model/strategy.ts';
import { periodOf } from '../periods/period.ts';
import { explainKpiScore } from './explain.ts';

describe('explainKpiScore ("why is this red")', () => {
  it('walks from the folded values through target and formula to the status', () => {
    const kpi = buildKpi({
      optimization: 'minimize',
      baseline: 8,
      target: 2,
      aggregation: 'average',
      values: values({ '2026-01': 7, '2026-02': 6, '2026-03': 8 }),
    });
    const steps = explainKpiScore(kpi, periodOf('2026-Q1'), DEFAULT_THRESHOLDS);
    expect(steps.map((s) => s.formula)).toEqual([
      '(7 + 6 + 8) / 3 = 7',
      'target = 2',
      'clamp01((8 − 7) / (8 − 2)) = 0.1667',
      '(7 − 8) / (2 − 8) = 0.1667',
      '0.1667 < amber 0.5 → red',
    ]);
    expect(steps[0]!.numbers).toEqual({ '2026-01': 7, '2026-02': 6, '2026-03': 8, value: 7 });
    expect(steps[2]!.numbers.score).toBeCloseTo(1 / 6, 12);
    expect(steps[4]!.step).toBe("Status by the scorecard's thresholds");
  });

  it('names the per-period target in force and a KPI threshold override', () => {
    const kpi = buildKpi({
      targets: { '2026': 50 },
      thresholds: { green: 0.9, amber: 0.7 },
      values: values({ '2026-03': 40 }),
    });
    const steps = explainKpiScore(kpi, periodOf('2026-03'), DEFAULT_THRESHOLDS);
    expect(steps[1]).toMatchObject({
      step: 'Target in force: targets["2026"]',
      formula: 'target = 50',
    });
    expect(steps.at(-1)).toMatchObject({
      step: "Status by the KPI's own thresholds",
      formula: '0.8 < green 0.9, ≥ amber 0.7 → amber',
    });
  });

  it('says when a value was carried forward and when it is overdue', () => {
    const kpi = buildKpi({ carryForward: true, values: values({ '2025-12': 90 }) });
    const steps = explainKpiScore(kpi, periodOf('2026-03'), DEFAULT_THRESHOLDS);
    expect(steps[0]!.step).toBe(
      'No value within 2026-03; carried forward the value of 2025-12 (stale)',
    );
    expect(steps.at(-1)!.step).toBe(
      'Overdue: a monthly KPI needs a value ending on or after 2026-02-28',
    );
  });

  it('explains a missing value as N/A with status none', () => {
    const steps = explainKpiScore(buildKpi(), periodOf('2026-03'), DEFAULT_THRESHOLDS);
    expect(steps[0]).toMatchObject({ step: 'No value within 2026-03 (carryForward is off)' });
    expect(steps.map((s) => s.formula)).toContain('no score → none');
  });

  it('explains range, binary and incomplete scales', () => {
    const range = buildKpi({
      optimization: 'range',
      target: [18, 22],
      min: 10,
      max: 30,
      values: values({ '2026-03': 14 }),
    });
    expect(explainKpiScore(range, periodOf('2026-03'), DEFAULT_THRESHOLDS)[2]!.formula).toBe(
      'clamp01((14 − 10) / (18 − 10)) = 0.5',
    );
    const binary = buildKpi({
      optimization: 'binary',
      target: 1,
      values: values({ '2026-03': 1 }),
    });
    expect(explainKpiScore(binary, periodOf('2026-03'), DEFAULT_THRESHOLDS)[2]!.formula).toBe(
      '1 ≥ 1 → 1',
    );
    const broken = buildKpi({ target: null, values: values({ '2026-03': 1 }) });
    expect(explainKpiScore(broken, periodOf('2026-03'), DEFAULT_THRESHOLDS)[2]!.step).toBe(
      'The maximize scale is incomplete (see scoring.md §2)',
    );
  });
});

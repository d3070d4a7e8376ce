import { buildKpi, values } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, type Kpi } from '../model/strategy.ts';
import { periodOf } from '../periods/period.ts';
import { scoreKpi } from './kpi-score.ts';

type Overrides = Parameters<typeof buildKpi>[0];

/** Scores a KPI with one value in 2026-03, as of 2026-03. */
function scoreWith(value: number, overrides: Overrides) {
  const kpi = buildKpi({ ...overrides, values: values({ '2026-03': value }) });
  return scoreKpi(kpi, periodOf('2026-03'), DEFAULT_THRESHOLDS);
}

describe('KPI score by optimization (scoring.md §2)', () => {
  it.each([
    ['scores a maximize KPI at baseline as 0', 0, {}, 0],
    ['scores a maximize KPI halfway to target as 0.5', 50, {}, 0.5],
    ['scores a maximize KPI at target as 1', 100, {}, 1],
    ['clamps a maximize KPI past target to 1', 150, {}, 1],
    ['clamps a maximize KPI below baseline to 0', -20, {}, 0],
    ['scores a maximize KPI on min..max when given', 80, { min: 0, max: 200 }, 0.4],
    ['uses min instead of baseline for maximize', 60, { baseline: 50, min: 20 }, 0.5],
    ['uses max instead of target for maximize', 100, { max: 125 }, 0.8],
    [
      'scores a minimize KPI at baseline as 0',
      8,
      { optimization: 'minimize', baseline: 8, target: 2 },
      0,
    ],
    [
      'scores a minimize KPI below baseline (better) proportionally',
      5,
      { optimization: 'minimize', baseline: 8, target: 2 },
      0.5,
    ],
    [
      'scores a minimize KPI above baseline as 0',
      9,
      { optimization: 'minimize', baseline: 8, target: 2 },
      0,
    ],
    [
      'scores a minimize KPI at or below target as 1',
      1,
      { optimization: 'minimize', baseline: 8, target: 2 },
      1,
    ],
    [
      'scores a minimize KPI on min..max when given',
      2,
      { optimization: 'minimize', baseline: 8, target: 2, min: 0, max: 10 },
      0.8,
    ],
    [
      'scores a range KPI inside the band as 1',
      20,
      { optimization: 'range', target: [18, 22], min: 10, max: 30 },
      1,
    ],
    [
      'scores a range KPI on the band edge as 1',
      22,
      { optimization: 'range', target: [18, 22], min: 10, max: 30 },
      1,
    ],
    [
      'scores a range KPI below the band towards min',
      14,
      { optimization: 'range', target: [18, 22], min: 10, max: 30 },
      0.5,
    ],
    [
      'scores a range KPI above the band towards max',
      28,
      { optimization: 'range', target: [18, 22], min: 10, max: 30 },
      0.25,
    ],
    [
      'scores a range KPI beyond max as 0',
      40,
      { optimization: 'range', target: [18, 22], min: 10, max: 30 },
      0,
    ],
    ['scores a binary KPI that meets its target as 1', 1, { optimization: 'binary', target: 1 }, 1],
    ['scores a binary KPI below its target as 0', 0, { optimization: 'binary', target: 1 }, 0],
    [
      'scores a binary KPI without baseline as at-least',
      5,
      { optimization: 'binary', baseline: null, target: 3 },
      1,
    ],
    [
      'scores a binary KPI with baseline above target as at-most (met)',
      2,
      { optimization: 'binary', baseline: 10, target: 3 },
      1,
    ],
    [
      'scores a binary KPI with baseline above target as at-most (missed)',
      4,
      { optimization: 'binary', baseline: 10, target: 3 },
      0,
    ],
  ] as [string, number, Overrides, number][])('%s', (_name, value, overrides, expected) => {
    expect(scoreWith(value, overrides).score).toBeCloseTo(expected, 12);
  });

  it('reaching target scores below 1 when max lies beyond it (BSC Designer convention)', () => {
    expect(scoreWith(100, { min: 0, max: 200 }).score).toBe(0.5);
  });

  it('does not score an optimization none KPI but still reports its value', () => {
    const k = scoreWith(42, { optimization: 'none', target: null });
    expect(k).toMatchObject({ score: null, status: 'none', value: 42, progress: null });
    expect(k.coverage).toEqual({ scored: 0, total: 0 });
  });
});

describe('KPI scores N/A instead of NaN for an incomplete or contradictory scale', () => {
  it.each([
    ['a null target', { target: null }],
    ['maximize without baseline or min', { baseline: null, min: null }],
    ['minimize without baseline or max', { optimization: 'minimize', baseline: null, target: 2 }],
    ['target equal to baseline', { baseline: 100, target: 100 }],
    ['maximize with target below baseline', { baseline: 100, target: 50 }],
    ['min not below max', { min: 10, max: 10 }],
    ['a range KPI without min', { optimization: 'range', target: [1, 2], max: 5 }],
    ['a range KPI with a number target', { optimization: 'range', target: 2, min: 0, max: 5 }],
    ['a range KPI with low = min', { optimization: 'range', target: [0, 2], min: 0, max: 5 }],
    ['a maximize KPI with a [low, high] target', { target: [1, 2] }],
    ['a binary KPI without target', { optimization: 'binary', target: null }],
  ] as [string, Overrides][])('scores %s as null', (_name, overrides) => {
    const k = scoreWith(50, overrides);
    expect(k.score).toBeNull();
    expect(k.status).toBe('none');
    expect(k.value).toBe(50);
    expect(k.coverage).toEqual({ scored: 0, total: 1 });
  });
});

describe('progress', () => {
  it.each([
    ['is (v − baseline) / (target − baseline) for maximize', 50, {}, 0.5],
    ['is not clamped past target', 120, {}, 1.2],
    ['is negative when worse than baseline', -10, {}, -0.1],
    ['ignores min/max (measured baseline to target)', 100, { min: 0, max: 200 }, 1],
    ['is computed for minimize', 5, { optimization: 'minimize', baseline: 8, target: 2 }, 0.5],
    [
      'equals the score for range',
      14,
      { optimization: 'range', target: [18, 22], min: 10, max: 30 },
      0.5,
    ],
    [
      'is computed for binary with a baseline',
      3,
      { optimization: 'binary', baseline: 0, target: 4 },
      0.75,
    ],
  ] as [string, number, Overrides, number][])('%s', (_name, value, overrides, expected) => {
    expect(scoreWith(value, overrides).progress).toBeCloseTo(expected, 12);
  });

  it.each([
    ['binary without baseline', { optimization: 'binary', baseline: null, target: 1 }],
    ['maximize without baseline (min given)', { baseline: null, min: 0 }],
    ['optimization none', { optimization: 'none' }],
  ] as [string, Overrides][])('is null for %s', (_name, overrides) => {
    expect(scoreWith(1, overrides).progress).toBeNull();
  });
});

describe('KPI score output', () => {
  it('reports every field of scoring.md §6', () => {
    const kpi: Kpi = buildKpi({ name: 'Revenue', unit: 'EUR', values: values({ '2026-03': 80 }) });
    expect(scoreKpi(kpi, periodOf('2026-03'), DEFAULT_THRESHOLDS)).toEqual({
      id: kpi.id,
      name: 'Revenue',
      score: 0.8,
      status: 'green',
      coverage: { scored: 1, total: 1 },
      value: 80,
      progress: 0.8,
      target: 100,
      baseline: 0,
      unit: 'EUR',
      indicator: 'lagging',
      optimization: 'maximize',
      weight: 1,
      period: '2026-03',
      valuePeriod: '2026-03',
      stale: false,
      overdue: false,
    });
  });

  it('keeps full precision (no rounding)', () => {
    expect(scoreWith(1, { target: 3 }).score).toBe(1 / 3);
  });
});

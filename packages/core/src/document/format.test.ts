import { describe, expect, it } from 'vitest';
import { formatLagText, formatScore, formatTarget, formatValue, scoreCell } from './format.ts';

describe('formatScore', () => {
  it('shows a score as a percentage with one decimal', () => {
    expect(formatScore(0.7234)).toBe('72.3%');
    expect(formatScore(1)).toBe('100.0%');
    expect(formatScore(0)).toBe('0.0%');
  });

  it('shows no data as n/a, never as 0', () => {
    expect(formatScore(null)).toBe('n/a');
  });
});

describe('formatValue', () => {
  it('glues % to the number and spaces other units', () => {
    expect(formatValue(3.6, '%')).toBe('3.6%');
    expect(formatValue(1250.5, 'kEUR')).toBe('1,250.5 kEUR');
    expect(formatValue(34, null)).toBe('34');
  });

  it('rounds for display to two decimals', () => {
    expect(formatValue(1 / 3, null)).toBe('0.33');
  });

  it('is empty when there is no value', () => {
    expect(formatValue(null, '%')).toBe('');
  });
});

describe('formatTarget', () => {
  it('marks the good direction of maximize and minimize KPIs', () => {
    expect(formatTarget(500, 'kEUR', 'maximize', 400)).toBe('≥ 500 kEUR');
    expect(formatTarget(2, '%', 'minimize', 8)).toBe('≤ 2%');
  });

  it('shows a range as low–high', () => {
    expect(formatTarget([2, 4], '%', 'range', null)).toBe('2–4%');
  });

  it('reads the direction of a binary KPI from its baseline', () => {
    expect(formatTarget(1, null, 'binary', 0)).toBe('≥ 1');
    expect(formatTarget(0, null, 'binary', 3)).toBe('≤ 0');
  });

  it('shows no target for raw-data KPIs or when none is set', () => {
    expect(formatTarget(5, null, 'none', 1)).toBe('');
    expect(formatTarget(null, null, 'maximize', 1)).toBe('');
  });
});

describe('scoreCell and formatLagText', () => {
  it('shows a score with its status, or n/a', () => {
    expect(scoreCell(0.5, 'amber')).toBe('50.0% amber');
    expect(scoreCell(null, 'none')).toBe('n/a');
  });

  it('says when an effect is expected, in the singular for one', () => {
    expect(formatLagText({ count: 3, unit: 'month' })).toBe(' (expected after 3 months)');
    expect(formatLagText({ count: 1, unit: 'quarter' })).toBe(' (expected after 1 quarter)');
    expect(formatLagText(null)).toBe('');
  });
});

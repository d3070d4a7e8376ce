import { describe, expect, it } from 'vitest';
import { type HistoryPoint, type PeriodKey, kpiId, objectiveId } from '@bearing/core';
import type { HistoryTarget } from '../commands/history-target.ts';
import { colorsFor } from './colors.ts';
import { bar, formatHistory } from './history-table.ts';

const plain = colorsFor({ env: {}, isTTY: false });
const scorecard = {
  id: 'acme',
  name: 'Acme',
  objectives: [],
} as unknown as HistoryTarget['scorecard'];

const point = (period: string, score: number | null, value: number | null): HistoryPoint => ({
  period: period as PeriodKey,
  score,
  status: score === null ? 'none' : score >= 0.8 ? 'green' : score >= 0.5 ? 'amber' : 'red',
  value,
  coverage: { scored: score === null ? 0 : 1, total: 1 },
});

describe('formatHistory', () => {
  it('prints period | value | score | status | bar for a KPI', () => {
    const target: HistoryTarget = {
      kind: 'kpi',
      scorecard,
      id: kpiId('return-rate'),
      name: 'Product return rate',
      unit: '%',
    };
    const out = formatHistory(
      target,
      [point('2026-01', 0.25, 6.5), point('2026-02', null, null)],
      'monthly',
      plain,
    );
    expect(out.trimEnd().split('\n')).toEqual([
      'Product return rate (KPI return-rate in acme), 2026-01 to 2026-02, monthly',
      'period   value  score  status',
      '2026-01   6.5%  25.0%  red     █████░░░░░░░░░░░░░░░',
      '2026-02           n/a  none',
    ]);
  });

  it('leaves out the value column for an objective', () => {
    const target: HistoryTarget = {
      kind: 'objective',
      scorecard,
      id: objectiveId('quality'),
      name: 'Quality',
    };
    const out = formatHistory(target, [point('2026-Q1', 0.9, null)], 'quarterly', plain);
    expect(out).toContain('period   score  status');
    expect(out).toContain('2026-Q1  90.0%  green   ██████████████████░░');
  });
});

describe('bar', () => {
  it('fills in proportion to the score and clamps to the width', () => {
    expect(bar(0)).toBe('░'.repeat(20));
    expect(bar(1)).toBe('█'.repeat(20));
    expect(bar(0.5)).toBe('█'.repeat(10) + '░'.repeat(10));
    expect(bar(null)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { scorecardId } from '../model/ids.ts';
import { qualityScore, qualityTrend } from './quality-score.ts';
import type { Category, Finding, Severity } from './types.ts';

const finding = (category: Category, severity: Severity, message = 'm'): Finding => ({
  rule: 'vague-objective',
  severity,
  category,
  scorecard: scorecardId('s'),
  objective: null,
  kpi: null,
  message,
  why: '',
  suggestion: '',
  fix: null,
});

describe('qualityScore', () => {
  it('is 100 without findings, with the budgets as the breakdown', () => {
    const q = qualityScore([], 5);
    expect(q.score).toBe(100);
    expect(q.categories.map((c) => c.budget)).toEqual([25, 25, 20, 15, 15]);
  });
  it('costs an error 30% of its category’s budget on a small map', () => {
    const q = qualityScore([finding('wording', 'error')], 5);
    expect(q.costs[0]!.cost).toBe(7.5);
    expect(q.score).toBe(92.5);
  });
  it('has diminishing deductions and never takes a category below 0', () => {
    const q = qualityScore(
      Array.from({ length: 100 }, () => finding('execution', 'error')),
      5,
    );
    expect(q.categories.find((c) => c.category === 'execution')!.score).toBeGreaterThanOrEqual(0);
    expect(q.costs[0]!.cost).toBeGreaterThan(q.costs[1]!.cost);
    expect(q.score).toBeGreaterThanOrEqual(85);
  });
  it('weighs a finding less on a larger map', () => {
    expect(qualityScore([finding('wording', 'error')], 40).score).toBeGreaterThan(
      qualityScore([finding('wording', 'error')], 10).score,
    );
  });
});

describe('qualityTrend', () => {
  it('compares successive scores with deltas and the findings introduced and resolved', () => {
    const a = qualityScore([finding('wording', 'error', 'one')], 5);
    const b = qualityScore([finding('wording', 'warning', 'two')], 5);
    const [first, second] = qualityTrend([
      { label: 'v1', quality: a },
      { label: 'v2', quality: b },
    ]);
    expect(first).toMatchObject({ delta: null, direction: null });
    expect(second).toMatchObject({ direction: 'up', delta: 4.5 });
    expect(second!.categoryDeltas!.wording).toBe(4.5);
    expect(second!.introduced.map((f) => f.message)).toEqual(['two']);
    expect(second!.resolved.map((f) => f.message)).toEqual(['one']);
  });
});

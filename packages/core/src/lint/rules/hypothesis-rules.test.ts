import { describe, expect, it } from 'vitest';
import { plantedStrategy, type PlantOptions } from '../../evidence/test-helpers.ts';
import { periodOf } from '../../periods/period.ts';
import { lintStrategy } from '../engine.ts';
import { RULES_BY_ID } from './index.ts';

/** The planted one-link strategy (qa → quality) linted with one rule. */
function findings(ruleId: string, options: PlantOptions, period: string | null = null) {
  const rule = RULES_BY_ID.get(ruleId)!;
  return lintStrategy(plantedStrategy(options), {
    rules: [rule],
    period: period === null ? null : periodOf(period),
  }).scorecards[0]!.findings;
}

describe('hypothesis-contradicted', () => {
  it('flags a link whose effect moved against its cause, with the reason and what to do', () => {
    const [finding, ...rest] = findings('hypothesis-contradicted', {
      planted: 'reversed',
      seed: 3,
      lag: 1,
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'hypothesis-contradicted',
      severity: 'warning',
      category: 'cause-effect',
      objective: 'quality',
    });
    expect(finding!.message).toMatch(
      /^The data contradict the link "Quality assurance" → "Product quality": "Product quality" worsened 1 month after "Quality assurance" improved, in 34 months of data: the opposite of what the link claims \(history up to 2026-12\)\.$/,
    );
    expect(finding!.suggestion).toContain('Revisit the link');
    expect(finding!.suggestion).toContain('evidence: {cause, effect}');
  });

  it('stays quiet on a supported link, and on one the data cannot judge yet', () => {
    expect(findings('hypothesis-contradicted', { planted: 'follows', seed: 3 })).toEqual([]);
    expect(
      findings('hypothesis-contradicted', { planted: 'reversed', seed: 3, months: 10 }),
    ).toEqual([]);
  });

  it('judges the history up to the period linted', () => {
    const options: PlantOptions = { planted: 'reversed', seed: 3, lag: 1 };
    expect(findings('hypothesis-contradicted', options, '2024-08')).toEqual([]);
    expect(findings('hypothesis-contradicted', options, '2026-12')).toHaveLength(1);
  });
});

describe('hypothesis-lag-differs', () => {
  it('notes a supported link whose effect comes later than stated, suggesting the lag seen', () => {
    const [finding, ...rest] = findings('hypothesis-lag-differs', {
      planted: 'follows',
      seed: 1,
      lag: 3,
      statedLag: { count: 1, unit: 'month' },
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'info', category: 'cause-effect' });
    expect(finding!.message).toMatch(
      /^The link "Quality assurance" → "Product quality" states a lag of 1 month, but the data show 3 months: /,
    );
    expect(finding!.suggestion).toBe(
      "If the data's delay is the real one, set lag: 3 months on the link.",
    );
  });

  it('stays quiet when the stated lag is the one found, or none is stated', () => {
    const stated = { count: 2, unit: 'month' } as const;
    expect(
      findings('hypothesis-lag-differs', {
        planted: 'follows',
        seed: 3,
        lag: 2,
        statedLag: stated,
      }),
    ).toEqual([]);
    expect(findings('hypothesis-lag-differs', { planted: 'follows', seed: 3, lag: 3 })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  categoryLevel,
  formatPoints,
  formatQuality,
  QUALITY_LABEL,
  qualityLevel,
} from './quality-level.ts';
import { categoryLabel, ruleCategory, ruleTitle } from './rule-meta.ts';
import { describeCounts } from './severity.ts';

describe('quality level', () => {
  it('is Good from 85, Fair from 60, Poor below', () => {
    expect([100, 85, 84.9, 60, 59.9, 0].map((s) => QUALITY_LABEL[qualityLevel(s)])).toEqual([
      'Good',
      'Good',
      'Fair',
      'Fair',
      'Poor',
      'Poor',
    ]);
  });

  it('judges a category by its share of the budget', () => {
    expect(categoryLevel(22, 25)).toBe('good');
    expect(categoryLevel(8.26, 25)).toBe('poor');
    expect(categoryLevel(12.49, 15)).toBe('fair');
    expect(categoryLevel(0, 0)).toBe('good');
  });

  it('rounds the score to a whole number and points to one decimal', () => {
    expect(formatQuality(75.9)).toBe('76');
    expect(formatPoints(16.74)).toBe('16.7');
    expect(formatPoints(3)).toBe('3');
  });
});

describe('severity counts', () => {
  it('names only the severities present, singular or plural', () => {
    expect(describeCounts({ error: 1, warning: 9, info: 13 })).toBe('1 error, 9 warnings, 13 info');
    expect(describeCounts({ error: 0, warning: 1, info: 0 })).toBe('1 warning');
    expect(describeCounts({ error: 0, warning: 0, info: 0 })).toBe('no findings');
  });
});

describe('rule and category names', () => {
  it('titles known rules and humanises unknown ones', () => {
    expect(ruleTitle('missing-leading-kpi')).toBe('No leading KPI');
    expect(ruleTitle('kpi-needs-love')).toBe('KPI needs love');
    expect(ruleCategory('link-cycle')).toBe('cause-effect');
    expect(ruleCategory('nope')).toBeNull();
    expect(categoryLabel('cause-effect')).toBe('Cause and effect');
  });
});

import { describe, expect, it } from 'vitest';
import { trendDirection } from './trend.ts';

describe('trendDirection', () => {
  it('compares the last two scores', () => {
    expect(trendDirection([0.2, 0.4, 0.6])).toBe('up');
    expect(trendDirection([0.9, 0.6, 0.5])).toBe('down');
    expect(trendDirection([0.1, 0.5, 0.502])).toBe('flat');
  });

  it('has no direction when either of the last two has no score, or there is one point', () => {
    expect(trendDirection([0.5, null])).toBeNull();
    expect(trendDirection([null, 0.5])).toBeNull();
    expect(trendDirection([0.5])).toBeNull();
    expect(trendDirection(undefined)).toBeNull();
  });
});

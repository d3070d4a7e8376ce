import { describe, expect, it } from 'vitest';
import { sparklineSegments, trendDirection } from './trend.ts';

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

describe('sparklineSegments', () => {
  it('scales scores on a fixed 0..1 axis, top = 100 %', () => {
    expect(sparklineSegments([0, 0.5, 1], 40, 10)).toEqual(['0,10 20,5 40,0']);
  });

  it('breaks the line where a period has no score instead of drawing a zero', () => {
    expect(sparklineSegments([0.5, null, 1, 1], 30, 10)).toEqual(['0,5', '20,0 30,0']);
  });

  it('clamps scores outside 0..1 and handles empty series', () => {
    expect(sparklineSegments([1.5, -1], 10, 10)).toEqual(['0,0 10,10']);
    expect(sparklineSegments([], 10, 10)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { sparklineGeometry } from './sparkline.ts';

describe('sparklineGeometry', () => {
  it('draws a rising series from bottom-left to top-right', () => {
    const g = sparklineGeometry([0, 0.5, 1], 100, 20, 0);
    expect(g.path).toBe('M0 20 L50 10 L100 0');
    expect(g.last).toEqual({ x: 100, y: 0 });
    expect(g.change).toBe(1);
  });

  it('leaves a gap where a period has no score', () => {
    const g = sparklineGeometry([0.2, null, 0.4, 0.6], 30, 10, 0);
    expect(g.path.match(/M/g)).toHaveLength(2);
    expect(g.path).not.toContain('NaN');
  });

  it('clamps scores outside 0..1 to the box', () => {
    expect(sparklineGeometry([1.4, -0.2], 10, 10, 0).path).toBe('M0 0 L10 10');
  });

  it('draws nothing without scores', () => {
    expect(sparklineGeometry([null, null], 10, 10)).toEqual({ path: '', last: null, change: null });
  });
});

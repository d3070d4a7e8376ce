import { describe, expect, it } from 'vitest';
import { layoutMap } from './place.ts';
import { applySavedPositions, clampToLane } from './saved.ts';
import { CROSSED } from './test-graphs.ts';
import { METRICS } from './types.ts';

describe('saved positions', () => {
  const auto = layoutMap(CROSSED, null);

  it('override the automatic position of the cards they name, and no other', () => {
    const layout = applySavedPositions(auto, { a2: { x: 600, y: 20 } });
    expect(layout.cards['a2']).toEqual({ lane: 'top', x: 600, y: 20 });
    expect(layout.cards['a1']).toEqual(auto.cards['a1']);
  });

  it('grow the lane to hold a card placed low, moving the lanes below', () => {
    const layout = applySavedPositions(auto, { a1: { x: 300, y: 400 } });
    const [top, bottom] = layout.lanes;
    expect(top!.height).toBe(400 + METRICS.cardHeight + METRICS.lanePadY);
    expect(bottom!.y).toBe(top!.height + METRICS.laneGap);
  });

  it('widen the map for a card placed far right', () => {
    const layout = applySavedPositions(auto, { b1: { x: 5000, y: 20 } });
    expect(layout.width).toBe(5000 + METRICS.cardWidth + METRICS.lanePadX);
  });

  it('are ignored for objectives that are gone', () => {
    expect(applySavedPositions(auto, { gone: { x: 1, y: 1 } })).toBe(auto);
  });

  it('keep cards off the lane title column', () => {
    expect(clampToLane({ x: 3.4, y: -20 })).toEqual({ x: METRICS.laneHeader + 8, y: 8 });
  });
});

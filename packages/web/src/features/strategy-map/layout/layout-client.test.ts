import { describe, expect, it } from 'vitest';
import { cachedLayout, requestLayout } from './layout-client.ts';
import { CROSSED } from './test-graphs.ts';

describe('requestLayout (no worker in jsdom: ELK on the main thread)', () => {
  it('lays a structure out once, sharing a run under way and caching the result', async () => {
    const graph = { ...CROSSED, lanes: ['top', 'bottom'] };
    expect(cachedLayout(graph)).toBeUndefined();
    const first = requestLayout(graph);
    expect(requestLayout(graph)).toBe(first);
    const layout = await first;
    expect(Object.keys(layout.cards).sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
    expect(cachedLayout(graph)).toBe(layout);
    expect(await requestLayout(graph)).toBe(layout);
    // Stored for the next visit, too.
    expect(localStorage.getItem('bearing.map-layouts.v1')).toContain('"a1"');
  }, 30_000);
});

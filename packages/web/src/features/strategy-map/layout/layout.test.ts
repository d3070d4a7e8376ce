import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { computeLayout, layoutKey } from './layout.ts';
import { chooseColumns, layoutMap } from './place.ts';
import { bigGraph, CROSSED, LANES } from './test-graphs.ts';
import { METRICS, type LayoutGraph, type MapLayout } from './types.ts';

const elk = new ELK();
const run = (graph: LayoutGraph) => computeLayout(graph, (input) => elk.layout(input));

/** Cards in map coordinates. */
function boxes(layout: MapLayout) {
  const laneTop = new Map(layout.lanes.map((l) => [l.id, l.y]));
  return Object.entries(layout.cards).map(([id, c]) => ({
    id,
    x: c.x,
    y: laneTop.get(c.lane)! + c.y,
  }));
}

function overlaps(layout: MapLayout): string[] {
  const all = boxes(layout);
  const found: string[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      const apart =
        a.x + METRICS.cardWidth <= b.x ||
        b.x + METRICS.cardWidth <= a.x ||
        a.y + METRICS.cardHeight <= b.y ||
        b.y + METRICS.cardHeight <= a.y;
      if (!apart) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

function outsideLane(layout: MapLayout): string[] {
  const lanes = new Map(layout.lanes.map((l) => [l.id, l]));
  return Object.entries(layout.cards)
    .filter(([, c]) => {
      const lane = lanes.get(c.lane)!;
      return (
        c.x < METRICS.laneHeader ||
        c.x + METRICS.cardWidth > layout.width ||
        c.y < 0 ||
        c.y + METRICS.cardHeight > lane.height
      );
    })
    .map(([id]) => id);
}

/** Crossings between two single-row lanes: pairs of arrows whose ends are in opposite order. */
function crossings(layout: MapLayout, graph: LayoutGraph): number {
  const x = (id: string) => layout.cards[id]!.x;
  let count = 0;
  graph.links.forEach((a, i) => {
    graph.links.slice(i + 1).forEach((b) => {
      if ((x(a.from) - x(b.from)) * (x(a.to) - x(b.to)) < 0) count++;
    });
  });
  return count;
}

describe('the strategy map layout', () => {
  it('stacks the lanes top to bottom in the scorecard order', async () => {
    const layout = await run(bigGraph(40, 60));
    expect(layout.lanes.map((l) => l.id)).toEqual([...LANES]);
    for (let i = 1; i < layout.lanes.length; i++) {
      const above = layout.lanes[i - 1]!;
      expect(layout.lanes[i]!.y).toBeGreaterThanOrEqual(above.y + above.height);
    }
  });

  it('keeps every objective inside the band of its own lane', async () => {
    const graph = bigGraph(60, 110);
    const layout = await run(graph);
    for (const objective of graph.objectives) {
      expect(layout.cards[objective.id]?.lane).toBe(objective.lane);
    }
    expect(outsideLane(layout)).toEqual([]);
  });

  it('never overlaps two cards, even with 150 objectives and 300 links', async () => {
    const layout = await run(bigGraph());
    expect(Object.keys(layout.cards)).toHaveLength(150);
    expect(overlaps(layout)).toEqual([]);
    expect(outsideLane(layout)).toEqual([]);
  });

  it('gives the same positions for the same input', async () => {
    const graph = bigGraph(50, 90);
    expect(await run(graph)).toEqual(await run(graph));
  });

  it('orders the lanes so that arrows do not cross', async () => {
    expect(crossings(layoutMap(CROSSED, null), CROSSED)).toBe(3);
    expect(crossings(await run(CROSSED), CROSSED)).toBe(0);
  });

  it('wraps crowded lanes into rows so that a big map is not a thin strip', async () => {
    const layout = await run(bigGraph());
    const aspect = layout.width / layout.height;
    expect(aspect).toBeGreaterThan(1);
    expect(aspect).toBeLessThan(3);
    const rows = new Set(Object.values(layout.cards).map((c) => `${c.lane}:${c.y}`));
    expect(rows.size).toBeGreaterThan(4);
  });

  it('keeps a link inside one lane from splitting the lane', async () => {
    const graph: LayoutGraph = {
      lanes: ['a', 'b'],
      objectives: [
        { id: 'x', lane: 'a' },
        { id: 'y', lane: 'a' },
        { id: 'z', lane: 'b' },
      ],
      links: [
        { from: 'x', to: 'y' },
        { from: 'z', to: 'x' },
      ],
    };
    const layout = await run(graph);
    expect(layout.cards['x']!.y).toBe(layout.cards['y']!.y);
    expect(layout.lanes[0]!.height).toBe(METRICS.minLaneHeight);
  });

  it('draws empty lanes at their minimum height, and an empty map without ELK', async () => {
    let called = false;
    const layout = await computeLayout({ lanes: ['a', 'b'], objectives: [], links: [] }, () => {
      called = true;
      return Promise.reject(new Error('not needed'));
    });
    expect(called).toBe(false);
    expect(layout.lanes).toEqual([
      { id: 'a', y: 0, height: METRICS.minLaneHeight },
      { id: 'b', y: METRICS.minLaneHeight + METRICS.laneGap, height: METRICS.minLaneHeight },
    ]);
  });

  it('falls back to the file order when ELK fails', async () => {
    const layout = await computeLayout(CROSSED, () => Promise.reject(new Error('boom')));
    expect(layout.cards['a1']!.x).toBeLessThan(layout.cards['a2']!.x);
    expect(layout.cards['b1']!.x).toBeLessThan(layout.cards['b3']!.x);
    expect(overlaps(layout)).toEqual([]);
  });

  it('centres a narrow map on a minimum width of three cards', () => {
    const layout = layoutMap(
      { lanes: ['a'], objectives: [{ id: 'x', lane: 'a' }], links: [] },
      null,
    );
    const content = 3 * METRICS.cardWidth + 2 * METRICS.gapX;
    expect(layout.width).toBe(METRICS.laneHeader + 2 * METRICS.lanePadX + content);
    expect(layout.cards['x']!.x).toBe(
      METRICS.laneHeader + METRICS.lanePadX + (content - METRICS.cardWidth) / 2,
    );
  });

  it('ignores objectives of unknown lanes and links to unknown objectives', async () => {
    const layout = await run({
      lanes: ['a'],
      objectives: [
        { id: 'x', lane: 'a' },
        { id: 'ghost', lane: 'nowhere' },
      ],
      links: [{ from: 'x', to: 'missing' }],
    });
    expect(Object.keys(layout.cards)).toEqual(['x']);
  });
});

describe('chooseColumns', () => {
  it('never wraps small lanes', () => {
    expect(chooseColumns([2, 3, 1, 8])).toBe(8);
    expect(chooseColumns([0, 0])).toBe(1);
  });

  it('wraps a crowded map towards a landscape shape', () => {
    const columns = chooseColumns([38, 37, 38, 37]);
    expect(columns).toBeGreaterThan(8);
    expect(columns).toBeLessThan(20);
  });
});

describe('layoutKey', () => {
  it('changes with the structure only', () => {
    const graph = bigGraph(10, 12);
    expect(layoutKey(graph)).toBe(layoutKey({ ...graph }));
    expect(layoutKey(graph)).not.toBe(layoutKey({ ...graph, links: graph.links.slice(1) }));
  });
});

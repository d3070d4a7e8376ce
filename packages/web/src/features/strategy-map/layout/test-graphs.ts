/** Strategy graphs for the layout tests: small hand-made ones and a seeded big one. */
import type { LayoutGraph } from './types.ts';

export const LANES = ['financial', 'customer', 'internal', 'learning'] as const;

/** A deterministic pseudo-random generator (mulberry32), so the big graph is the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `objectives` spread over the four lanes, `links` mostly upwards, some inside a lane. */
export function bigGraph(objectives = 150, links = 300, seed = 7): LayoutGraph {
  const next = random(seed);
  const list = Array.from({ length: objectives }, (_, i) => ({
    id: `o${i}`,
    lane: LANES[Math.min(3, Math.floor(next() * 4))]!,
  }));
  const laneOf = new Map(list.map((o) => [o.id, LANES.indexOf(o.lane)]));
  const seen = new Set<string>();
  const edges: { from: string; to: string }[] = [];
  while (edges.length < links) {
    const a = list[Math.floor(next() * objectives)]!;
    const b = list[Math.floor(next() * objectives)]!;
    if (a.id === b.id || seen.has(`${a.id}>${b.id}`)) continue;
    // Causes sit below their effects, bar a few links inside one lane.
    if (
      laneOf.get(a.id)! < laneOf.get(b.id)! ||
      (laneOf.get(a.id) === laneOf.get(b.id) && next() > 0.1)
    )
      continue;
    seen.add(`${a.id}>${b.id}`);
    edges.push({ from: a.id, to: b.id });
  }
  return { lanes: LANES, objectives: list, links: edges };
}

/** Two lanes whose file order crosses both arrows; the right order crosses none. */
export const CROSSED: LayoutGraph = {
  lanes: ['top', 'bottom'],
  objectives: [
    { id: 'a1', lane: 'top' },
    { id: 'a2', lane: 'top' },
    { id: 'a3', lane: 'top' },
    { id: 'b1', lane: 'bottom' },
    { id: 'b2', lane: 'bottom' },
    { id: 'b3', lane: 'bottom' },
  ],
  links: [
    { from: 'b1', to: 'a3' },
    { from: 'b2', to: 'a2' },
    { from: 'b3', to: 'a1' },
  ],
};

/**
 * The whole automatic layout: ELK orders the lanes (elk-graph.ts), place.ts builds the map.
 * `runElk` is injected so the same code runs in the worker, on the main thread and in tests.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import { elkGraphFor, elkPositions } from './elk-graph.ts';
import { layoutMap } from './place.ts';
import type { LayoutGraph, MapLayout } from './types.ts';

export type RunElk = (graph: ElkNode) => Promise<ElkNode>;

export async function computeLayout(graph: LayoutGraph, runElk: RunElk): Promise<MapLayout> {
  if (graph.objectives.length === 0) return layoutMap(graph, null);
  try {
    const result = await runElk(elkGraphFor(graph));
    return layoutMap(graph, elkPositions(result));
  } catch {
    // ELK refusing a graph must not leave the user without a map: fall back to file order.
    return layoutMap(graph, null);
  }
}

/** A key that changes exactly when the layout's input does. */
export function layoutKey(graph: LayoutGraph): string {
  return JSON.stringify([
    graph.lanes,
    graph.objectives.map((o) => [o.id, o.lane]),
    graph.links.map((l) => [l.from, l.to]),
  ]);
}

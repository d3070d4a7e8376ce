/**
 * The question put to ELK: order the objectives of each lane so that cause-effect arrows cross as
 * little as possible. Lanes become ELK partitions (layered algorithm, direction UP: the bottom lane
 * is partition 0), so ELK keeps every lane in its own band of layers in the scorecard's order.
 * Only links between lanes go in: a link inside a lane would split the lane into extra layers.
 * ELK's own rows are discarded afterwards (place.ts rebuilds the lanes); its x order is kept.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { METRICS, type LayoutGraph, type LayoutMetrics, type Point } from './types.ts';

/**
 * Above this many objectives ELK's slower refinements cost more than they bring: a big map wraps
 * its lanes (place.ts), which keeps ELK's order but not its coordinates, so the cheapest layering
 * and node placement give the same map; one sweep of crossing minimisation is most of the gain.
 * (Measured on 150 objectives / 300 links: about half the time of the defaults.)
 */
const LARGE_GRAPH = 60;
const LARGE_GRAPH_OPTIONS = {
  'elk.layered.thoroughness': '1',
  'elk.layered.layering.strategy': 'LONGEST_PATH',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
};

export function elkGraphFor(graph: LayoutGraph, metrics: LayoutMetrics = METRICS): ElkNode {
  const laneIndex = new Map(graph.lanes.map((lane, index) => [lane, index]));
  const lanes = graph.lanes.length;
  const objectiveLane = new Map<string, number>();
  const children: ElkNode[] = [];
  for (const objective of graph.objectives) {
    const index = laneIndex.get(objective.lane);
    if (index === undefined || objectiveLane.has(objective.id)) continue;
    objectiveLane.set(objective.id, index);
    children.push({
      id: objective.id,
      width: metrics.cardWidth,
      height: metrics.cardHeight,
      layoutOptions: { 'elk.partitioning.partition': String(lanes - 1 - index) },
    });
  }
  const edges: ElkExtendedEdge[] = [];
  const seen = new Set<string>();
  for (const link of graph.links) {
    const from = objectiveLane.get(link.from);
    const to = objectiveLane.get(link.to);
    if (from === undefined || to === undefined || from === to) continue;
    // Point every edge upwards (lower lane → upper lane): only the order matters, and edges that
    // agree with the direction spare ELK its cycle breaking.
    const [low, high] = from > to ? [link.from, link.to] : [link.to, link.from];
    const key = `${low}\u0000${high}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: `e${edges.length}`, sources: [low], targets: [high] });
  }
  const large = children.length > LARGE_GRAPH;
  return {
    id: 'strategy-map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'UP',
      'elk.partitioning.activate': 'true',
      // Unlinked objectives must stay in their lane, not be packed beside the graph.
      'elk.separateConnectedComponents': 'false',
      'elk.edgeRouting': 'POLYLINE',
      'elk.spacing.nodeNode': String(metrics.gapX),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(metrics.gapY * 2),
      // Ties keep the file order, so the same strategy always gives the same map.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.randomSeed': '1',
      ...(large ? LARGE_GRAPH_OPTIONS : {}),
    },
    children,
    edges,
  };
}

/** Where ELK put each objective (its top-left corner). */
export function elkPositions(result: ElkNode): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const child of result.children ?? []) {
    positions.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  }
  return positions;
}

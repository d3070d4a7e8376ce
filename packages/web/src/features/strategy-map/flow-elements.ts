/**
 * React Flow nodes and edges from the model and the layout. Pure: the page memoises the result and
 * `keepIdentity` hands back the previous object for every node or edge that did not change, so a
 * new score or a selection re-renders only the cards it touches.
 *
 * Every node states its size and handle positions (cards have a fixed size), so React Flow needs
 * no measuring pass before it can draw edges, and the map is ready as soon as it renders.
 */
import type { LinkEvidenceResponse } from '@bearing/core';
import { MarkerType, Position, type NodeHandle } from '@xyflow/react';
import type { LintMarker } from '../quality/index.ts';
import { METRICS, type MapLayout } from './layout/types.ts';
import { linkSides, type Box, type Side } from './link-sides.ts';
import type { MapModel } from './map-model.ts';
import {
  laneNodeId,
  type LaneFlowNode,
  type LinkFlowEdge,
  type MapFlowNode,
  type ObjectiveFlowNode,
} from './flow-types.ts';

const HANDLE = 10;

/**
 * Stacking (React Flow's zIndexMode "manual"): arrows above the lanes and below the cards, so an
 * arrow passing a card goes behind it and never takes a click meant for the card.
 */
export const Z = { lane: 0, link: 1, card: 2 } as const;
const { cardWidth: W, cardHeight: H } = METRICS;

/** The four sides of a card, each usable as either end of a link (ConnectionMode.Loose). */
export const CARD_HANDLES: readonly NodeHandle[] = [
  {
    id: 'top',
    type: 'source',
    position: Position.Top,
    x: W / 2 - HANDLE / 2,
    y: 0,
    width: HANDLE,
    height: HANDLE,
  },
  {
    id: 'bottom',
    type: 'source',
    position: Position.Bottom,
    x: W / 2 - HANDLE / 2,
    y: H - HANDLE,
    width: HANDLE,
    height: HANDLE,
  },
  {
    id: 'left',
    type: 'source',
    position: Position.Left,
    x: 0,
    y: H / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
  {
    id: 'right',
    type: 'source',
    position: Position.Right,
    x: W - HANDLE,
    y: H / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
];

export interface NodeState {
  readonly selected: string | null;
  readonly editing: string | null;
  readonly markers: ReadonlyMap<string, LintMarker>;
}

export function buildNodes(model: MapModel, layout: MapLayout, state: NodeState): MapFlowNode[] {
  const counts = new Map<string, number>();
  for (const card of model.cards) counts.set(card.lane, (counts.get(card.lane) ?? 0) + 1);
  const laneBoxes = new Map(layout.lanes.map((l) => [l.id, l]));
  const nodes: MapFlowNode[] = [];
  for (const lane of model.lanes) {
    const box = laneBoxes.get(lane.id);
    if (!box) continue;
    const node: LaneFlowNode = {
      id: laneNodeId(lane.id),
      type: 'lane',
      position: { x: 0, y: box.y },
      width: layout.width,
      height: box.height,
      measured: { width: layout.width, height: box.height },
      handles: [],
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: false,
      zIndex: Z.lane,
      data: {
        laneId: lane.id,
        name: lane.name,
        score: lane.score,
        status: lane.status,
        count: counts.get(lane.id) ?? 0,
        mapEmpty: model.cards.length === 0,
      },
    };
    nodes.push(node);
  }
  for (const card of model.cards) {
    const placed = layout.cards[card.id];
    // A card the layout has not placed yet (just added) appears when the new layout lands.
    if (!placed || placed.lane !== card.lane) continue;
    const node: ObjectiveFlowNode = {
      id: card.id,
      type: 'objective',
      parentId: laneNodeId(card.lane),
      extent: 'parent',
      position: { x: placed.x, y: placed.y },
      width: W,
      height: H,
      measured: { width: W, height: H },
      handles: CARD_HANDLES as NodeHandle[],
      selected: card.id === state.selected,
      zIndex: Z.card,
      data: {
        name: card.name,
        status: card.status,
        score: card.score,
        kpiCount: card.kpiCount,
        trend: card.trend,
        marker: state.markers.get(card.id) ?? null,
        editing: card.id === state.editing,
      },
    };
    nodes.push(node);
  }
  return nodes;
}

/** Cards in map coordinates. */
export function cardBoxes(
  layout: MapLayout,
): Map<string, Box & { laneIndex: number; lane: string }> {
  const lanes = new Map(layout.lanes.map((l, index) => [l.id, { y: l.y, index }]));
  const boxes = new Map<string, Box & { laneIndex: number; lane: string }>();
  for (const [id, card] of Object.entries(layout.cards)) {
    const lane = lanes.get(card.lane);
    if (!lane) continue;
    boxes.set(id, {
      x: card.x,
      y: lane.y + card.y,
      width: W,
      height: H,
      laneIndex: lane.index,
      lane: card.lane,
    });
  }
  return boxes;
}

export function buildEdges(
  model: MapModel,
  layout: MapLayout,
  selected: string | null,
  /** The evidence report's links by `from->to`; null draws every link plainly. */
  evidence: ReadonlyMap<string, LinkEvidenceResponse> | null = null,
): LinkFlowEdge[] {
  const boxes = cardBoxes(layout);
  const names = new Map(model.cards.map((c) => [c.id, c.name]));
  const edges: LinkFlowEdge[] = [];
  for (const link of model.links) {
    const from = boxes.get(link.from);
    const to = boxes.get(link.to);
    if (!from || !to) continue;
    const sides: { source: Side; target: Side } = linkSides(from, to, from.laneIndex, to.laneIndex);
    const related = selected !== null && (link.from === selected || link.to === selected);
    const verdict = evidence?.get(link.id)?.verdict ?? null;
    edges.push({
      id: link.id,
      type: 'link',
      source: link.from,
      target: link.to,
      sourceHandle: sides.source,
      targetHandle: sides.target,
      zIndex: Z.link,
      markerEnd: {
        type: MarkerType.ArrowClosed,
        width: 16,
        height: 16,
        color: arrowColor(related, verdict),
      },
      data: {
        hypothesis: link.hypothesis,
        related,
        label: `${names.get(link.from) ?? link.from} → ${names.get(link.to) ?? link.to}`,
        verdict,
      },
    });
  }
  return edges;
}

/** The arrow head takes the line's colour: red stays red when a contradicted link is selected. */
function arrowColor(related: boolean, verdict: LinkEvidenceResponse['verdict'] | null): string {
  if (verdict === 'contradicted') return 'var(--bm-link-contradicted)';
  return related ? 'var(--mantine-primary-color-filled)' : 'var(--bm-link-color)';
}

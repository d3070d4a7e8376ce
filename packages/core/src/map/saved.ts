/**
 * Positions saved by dragging win over the automatic layout. A saved card may sit further right
 * or lower than the automatic lane allows, so lanes grow to hold it and the lanes below move down.
 */
import {
  METRICS,
  type CardBox,
  type LaneBox,
  type LayoutMetrics,
  type MapLayout,
  type SavedPositions,
} from './layout-types.ts';

export function applySavedPositions(
  layout: MapLayout,
  saved: SavedPositions,
  metrics: LayoutMetrics = METRICS,
): MapLayout {
  const ids = Object.keys(saved).filter((id) => layout.cards[id] !== undefined);
  if (ids.length === 0) return layout;
  const cards: Record<string, CardBox> = { ...layout.cards };
  for (const id of ids) {
    const card = cards[id]!;
    const position = saved[id]!;
    cards[id] = { lane: card.lane, ...clampToLane(position, metrics) };
  }
  const needed = new Map<string, number>();
  let width = layout.width;
  for (const card of Object.values(cards)) {
    needed.set(
      card.lane,
      Math.max(needed.get(card.lane) ?? 0, card.y + metrics.cardHeight + metrics.lanePadY),
    );
    width = Math.max(width, card.x + metrics.cardWidth + metrics.lanePadX);
  }
  const lanes: LaneBox[] = [];
  let y = 0;
  for (const lane of layout.lanes) {
    const height = Math.max(lane.height, needed.get(lane.id) ?? 0);
    lanes.push({ id: lane.id, y, height });
    y += height + metrics.laneGap;
  }
  return { width, height: Math.max(0, y - metrics.laneGap), lanes, cards };
}

/** A card never covers its lane's title column nor leaves the lane at the top. */
export function clampToLane(
  position: { x: number; y: number },
  metrics: LayoutMetrics = METRICS,
): { x: number; y: number } {
  return {
    x: Math.max(metrics.laneHeader + 8, Math.round(position.x)),
    y: Math.max(8, Math.round(position.y)),
  };
}

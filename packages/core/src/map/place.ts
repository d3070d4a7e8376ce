/**
 * Turns an order of objectives per lane into a map: lanes stacked top to bottom in the
 * scorecard's order, cards inside their lane's band, no overlaps. Small lanes are one row at the
 * x ELK chose (so arrows run straight); when the widest lane would make the map a long strip, every
 * lane wraps into rows, filling column by column so ELK's left-to-right order survives, with the
 * cards linked upwards in the upper rows and those linked downwards in the lower ones.
 */
import {
  METRICS,
  type CardBox,
  type LaneBox,
  type LayoutGraph,
  type LayoutMetrics,
  type MapLayout,
  type Point,
} from './layout-types.ts';

export function layoutMap(
  graph: LayoutGraph,
  elk: ReadonlyMap<string, Point> | null,
  metrics: LayoutMetrics = METRICS,
): MapLayout {
  const order = laneOrder(graph, elk);
  const counts = graph.lanes.map((lane) => order.get(lane)?.length ?? 0);
  const widest = Math.max(0, ...counts);
  const columns = chooseColumns(counts, metrics);
  const wrapped = columns < widest;
  const bias = verticalBias(graph);
  const { cardWidth: w, cardHeight: h, gapX, gapY, laneHeader, lanePadX, lanePadY } = metrics;
  const left = laneHeader + lanePadX;

  // Per lane: the cards' x (relative to the content area) and row.
  const rows = new Map<string, { id: string; x: number; row: number }[]>();
  const minContent = metrics.minColumns * (w + gapX) - gapX;
  let contentWidth = minContent;
  if (!wrapped && elk) {
    contentWidth = w;
    const minX = Math.min(...[...elk.values()].map((p) => p.x));
    for (const lane of graph.lanes) {
      let next = 0;
      const placed = (order.get(lane) ?? []).map((id) => {
        const x = Math.max((elk.get(id)?.x ?? 0) - minX, next);
        next = x + w + gapX;
        return { id, x, row: 0 };
      });
      rows.set(lane, placed);
      contentWidth = Math.max(contentWidth, next - gapX);
    }
  } else {
    contentWidth = Math.max(minContent, columns * (w + gapX) - gapX);
    for (const lane of graph.lanes) {
      const ids = order.get(lane) ?? [];
      const laneRows = Math.max(1, Math.ceil(ids.length / columns));
      const laneColumns = Math.ceil(ids.length / laneRows);
      const offset = (contentWidth - (laneColumns * (w + gapX) - gapX)) / 2;
      const placed: { id: string; x: number; row: number }[] = [];
      for (let c = 0; c < laneColumns; c++) {
        const column = ids.slice(c * laneRows, (c + 1) * laneRows);
        const sorted = column
          .map((id, i) => ({ id, i }))
          .sort((a, b) => (bias.get(b.id) ?? 0) - (bias.get(a.id) ?? 0) || a.i - b.i);
        sorted.forEach(({ id }, row) => placed.push({ id, x: offset + c * (w + gapX), row }));
      }
      rows.set(lane, placed);
    }
  }

  // A narrow map is centred on the minimum width (packed rows are centred already).
  const shift = !wrapped && elk ? Math.max(0, (minContent - contentWidth) / 2) : 0;
  contentWidth = Math.max(contentWidth, minContent);

  const lanes: LaneBox[] = [];
  const cards: Record<string, CardBox> = {};
  let y = 0;
  for (const lane of graph.lanes) {
    const placed = rows.get(lane) ?? [];
    const rowCount = Math.max(1, ...placed.map((p) => p.row + 1));
    const content = rowCount * h + (rowCount - 1) * gapY;
    const height = Math.max(metrics.minLaneHeight, content + 2 * lanePadY);
    const top = (height - content) / 2;
    for (const card of placed) {
      cards[card.id] = { lane, x: left + shift + card.x, y: top + card.row * (h + gapY) };
    }
    lanes.push({ id: lane, y, height });
    y += height + metrics.laneGap;
  }
  return {
    width: left + contentWidth + lanePadX,
    height: Math.max(0, y - metrics.laneGap),
    lanes,
    cards,
  };
}

/** Each lane's objectives left to right: by ELK's x, else in file order. */
function laneOrder(
  graph: LayoutGraph,
  elk: ReadonlyMap<string, Point> | null,
): Map<string, string[]> {
  const lanes = new Set(graph.lanes);
  const seen = new Set<string>();
  const order = new Map<string, { id: string; index: number }[]>();
  graph.objectives.forEach(({ id, lane }, index) => {
    if (!lanes.has(lane) || seen.has(id)) return;
    seen.add(id);
    const list = order.get(lane) ?? [];
    list.push({ id, index });
    order.set(lane, list);
  });
  const result = new Map<string, string[]>();
  for (const [lane, list] of order) {
    if (elk) {
      list.sort((a, b) => {
        const pa = elk.get(a.id);
        const pb = elk.get(b.id);
        return (pa?.x ?? 0) - (pb?.x ?? 0) || (pa?.y ?? 0) - (pb?.y ?? 0) || a.index - b.index;
      });
    }
    result.set(
      lane,
      list.map((item) => item.id),
    );
  }
  return result;
}

/**
 * How many cards side by side at most. Lanes up to `wrapAbove` cards stay one row; beyond, the
 * count whose map comes closest to the target aspect ratio.
 */
export function chooseColumns(counts: readonly number[], metrics: LayoutMetrics = METRICS): number {
  const widest = Math.max(0, ...counts);
  if (widest <= metrics.wrapAbove) return Math.max(1, widest);
  const { cardWidth: w, cardHeight: h, gapX, gapY, lanePadY, minLaneHeight, laneGap } = metrics;
  let best = widest;
  let bestScore = Infinity;
  for (let columns = Math.min(6, widest); columns <= widest; columns++) {
    const width = metrics.laneHeader + 2 * metrics.lanePadX + columns * (w + gapX) - gapX;
    const height = counts.reduce((sum, n) => {
      const rows = Math.max(1, Math.ceil(n / columns));
      return sum + Math.max(minLaneHeight, rows * h + (rows - 1) * gapY + 2 * lanePadY) + laneGap;
    }, -laneGap);
    const score = Math.abs(Math.log(width / height / metrics.targetAspect));
    if (score < bestScore - 1e-9) {
      best = columns;
      bestScore = score;
    }
  }
  return best;
}

/** Links to lanes above minus links to lanes below: who belongs in a lane's upper rows. */
function verticalBias(graph: LayoutGraph): Map<string, number> {
  const laneIndex = new Map(graph.lanes.map((lane, index) => [lane, index]));
  const laneOf = new Map(graph.objectives.map((o) => [o.id, laneIndex.get(o.lane)]));
  const bias = new Map<string, number>();
  const add = (id: string, delta: number) => bias.set(id, (bias.get(id) ?? 0) + delta);
  for (const { from, to } of graph.links) {
    const a = laneOf.get(from);
    const b = laneOf.get(to);
    if (a === undefined || b === undefined || a === b) continue;
    add(from, b < a ? 1 : -1);
    add(to, a < b ? 1 : -1);
  }
  return bias;
}

/**
 * Arrow-key moves between cards, from where the cards are on the map (after drags too):
 * left/right stay in the lane, up/down go to the nearest row above or below (the next row of a
 * wrapped lane, then the next lane).
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface NavCard {
  readonly id: string;
  readonly lane: string;
  /** Centre in map coordinates. */
  readonly cx: number;
  readonly cy: number;
}

/** The cards the keyboard moves between: every placed card, by its centre. */
export function navCardsOf(
  cards: readonly { readonly id: string }[],
  boxes: ReadonlyMap<string, { x: number; y: number; width: number; height: number; lane: string }>,
): NavCard[] {
  return cards.flatMap((card) => {
    const box = boxes.get(card.id);
    return box
      ? [{ id: card.id, lane: box.lane, cx: box.x + box.width / 2, cy: box.y + box.height / 2 }]
      : [];
  });
}

/** Rows closer than this (in px) count as the same row. */
const ROW_TOLERANCE = 40;

export function firstCard(cards: readonly NavCard[]): string | null {
  let best: NavCard | null = null;
  for (const card of cards) {
    if (!best || card.cy < best.cy - ROW_TOLERANCE) best = card;
    else if (Math.abs(card.cy - best.cy) <= ROW_TOLERANCE && card.cx < best.cx) best = card;
  }
  return best?.id ?? null;
}

export function nextCard(
  cards: readonly NavCard[],
  current: string | null,
  direction: Direction,
): string | null {
  const from = cards.find((c) => c.id === current);
  if (!from) return firstCard(cards);
  const others = cards.filter((c) => c.id !== from.id);
  if (direction === 'left' || direction === 'right') {
    const sign = direction === 'right' ? 1 : -1;
    const candidates = others.filter((c) => c.lane === from.lane && (c.cx - from.cx) * sign > 0);
    return closest(candidates, (c) => Math.abs(c.cx - from.cx) + 3 * Math.abs(c.cy - from.cy));
  }
  const sign = direction === 'down' ? 1 : -1;
  const candidates = others.filter((c) => (c.cy - from.cy) * sign > ROW_TOLERANCE);
  const nearestRow = Math.min(...candidates.map((c) => Math.abs(c.cy - from.cy)));
  const row = candidates.filter((c) => Math.abs(c.cy - from.cy) <= nearestRow + ROW_TOLERANCE);
  return closest(row, (c) => Math.abs(c.cx - from.cx));
}

function closest(cards: readonly NavCard[], distance: (card: NavCard) => number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const card of cards) {
    const d = distance(card);
    if (d < bestDistance) {
      best = card.id;
      bestDistance = d;
    }
  }
  return best;
}

export type KeyAction =
  | { readonly kind: 'select'; readonly id: string }
  /** An arrow with nowhere to go: swallowed, so the page does not scroll. */
  | { readonly kind: 'stay' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'open'; readonly id: string }
  | { readonly kind: 'rename'; readonly id: string }
  | { readonly kind: 'delete'; readonly id: string };

const DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** What a key does on the map; null for keys the map leaves alone. */
export function keyAction(
  key: string,
  selected: string | null,
  cards: readonly NavCard[],
): KeyAction | null {
  const direction = DIRECTIONS[key];
  if (direction) {
    const next = nextCard(cards, selected, direction);
    return next && next !== selected ? { kind: 'select', id: next } : { kind: 'stay' };
  }
  if (selected === null) return null;
  switch (key) {
    case 'Escape':
      return { kind: 'clear' };
    case 'Enter':
      return { kind: 'open', id: selected };
    case 'F2':
      return { kind: 'rename', id: selected };
    case 'Delete':
      return { kind: 'delete', id: selected };
    default:
      return null;
  }
}

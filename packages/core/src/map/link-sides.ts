/**
 * Which sides of the two cards an arrow leaves and enters: bottom-up between lanes (the usual
 * BSC reading, cause below effect), sideways between neighbours in one row, vertical between
 * rows of one wrapped lane. Shared by the map's edges and the SVG export, so both draw alike.
 */
export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function linkSides(
  from: Box,
  to: Box,
  fromLane: number,
  toLane: number,
): { readonly source: Side; readonly target: Side } {
  if (fromLane !== toLane) {
    return fromLane > toLane
      ? { source: 'top', target: 'bottom' }
      : { source: 'bottom', target: 'top' };
  }
  if (Math.abs(from.y - to.y) < from.height / 2) {
    return from.x <= to.x
      ? { source: 'right', target: 'left' }
      : { source: 'left', target: 'right' };
  }
  return from.y > to.y ? { source: 'top', target: 'bottom' } : { source: 'bottom', target: 'top' };
}

/** The middle of a side of a box. */
export function anchor(box: Box, side: Side): { x: number; y: number } {
  switch (side) {
    case 'top':
      return { x: box.x + box.width / 2, y: box.y };
    case 'bottom':
      return { x: box.x + box.width / 2, y: box.y + box.height };
    case 'left':
      return { x: box.x, y: box.y + box.height / 2 };
    case 'right':
      return { x: box.x + box.width, y: box.y + box.height / 2 };
  }
}

const NORMAL: Record<Side, { x: number; y: number }> = {
  top: { x: 0, y: -1 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** A cubic Bézier from one side to another, leaving and entering square to the sides. */
export function curvePath(from: Box, to: Box, sides: { source: Side; target: Side }): string {
  const a = anchor(from, sides.source);
  const b = anchor(to, sides.target);
  const pull = Math.max(30, Math.hypot(b.x - a.x, b.y - a.y) / 3);
  const na = NORMAL[sides.source];
  const nb = NORMAL[sides.target];
  const r = (n: number) => Math.round(n * 10) / 10;
  return (
    `M${r(a.x)} ${r(a.y)} C${r(a.x + na.x * pull)} ${r(a.y + na.y * pull)} ` +
    `${r(b.x + nb.x * pull)} ${r(b.y + nb.y * pull)} ${r(b.x)} ${r(b.y)}`
  );
}

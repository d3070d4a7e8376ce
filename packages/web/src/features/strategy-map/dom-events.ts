/** Small DOM helpers for the map's event handlers. */
import type { UIEvent } from 'react';

/**
 * The map pans by transform, never by scrolling; but the browser scrolls even overflow-hidden
 * boxes to show a focused or "scrolled into view" element, which would shift the drawing away
 * from React Flow's coordinates. Undo any such scroll at once.
 */
export function unscroll(event: UIEvent<HTMLElement>): void {
  const target = event.target as HTMLElement;
  if (target.scrollTop !== 0) target.scrollTop = 0;
  if (target.scrollLeft !== 0) target.scrollLeft = 0;
}

/** The objective card under the pointer where a drag ended, if any. */
export function cardUnderPointer(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const card = document
    .elementFromPoint(point.clientX, point.clientY)
    ?.closest<HTMLElement>('[data-testid="map-objective"]');
  return card?.dataset['id'] ?? null;
}

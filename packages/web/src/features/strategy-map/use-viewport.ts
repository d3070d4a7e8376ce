/**
 * Where the map looks. A map the user has not panned or zoomed stays fitted to the screen, also
 * when a side panel opens and narrows it; once they move it, or a card is centred, it stays put.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Box } from './link-sides.ts';
import { cardBoxes } from './flow-elements.ts';
import type { MapLayout } from './layout/types.ts';

export const FIT_PADDING = 0.06;

export interface Viewport {
  /** True while the whole map is fitted to the screen. */
  readonly fitted: RefObject<boolean>;
  readonly fit: (animate?: boolean) => void;
  readonly centre: (id: string) => void;
  /** The user moved the map: stop keeping it fitted. */
  readonly release: () => void;
}

export function useViewport(layout: MapLayout | null): Viewport {
  const flow = useReactFlow();
  const fitted = useRef(true);
  const boxes = useMemo(() => (layout ? cardBoxes(layout) : null), [layout]);
  const fit = useCallback(
    (animate = true) => {
      fitted.current = true;
      void flow.fitView({ padding: FIT_PADDING, ...(animate ? { duration: 300 } : {}) });
    },
    [flow],
  );
  const centre = useCallback(
    (id: string) => {
      const box = boxes?.get(id);
      if (!box) return;
      fitted.current = false;
      const zoom = Math.max(flow.getZoom(), 0.9);
      void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 400 });
    },
    [boxes, flow],
  );
  const release = useCallback(() => {
    fitted.current = false;
  }, []);
  return useMemo(() => ({ fitted, fit, centre, release }), [fit, centre, release]);
}

/** Pans, keeping the zoom, just enough to show a card (one chosen with the keyboard). */
export function useReveal(
  container: RefObject<HTMLElement | null>,
  boxes: ReadonlyMap<string, Box>,
): (id: string) => void {
  const flow = useReactFlow();
  return (id: string) => {
    const box = boxes.get(id);
    const element = container.current;
    if (!box || !element) return;
    const { x, y, zoom } = flow.getViewport();
    const left = box.x * zoom + x;
    const top = box.y * zoom + y;
    const margin = 24;
    const visible =
      left >= margin &&
      top >= margin &&
      left + box.width * zoom <= element.clientWidth - margin &&
      top + box.height * zoom <= element.clientHeight - margin;
    if (!visible) {
      void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 200 });
    }
  };
}

/** Keeps a fitted map fitted when its container changes size (a side panel opens or closes). */
export function useKeepFitted(container: RefObject<HTMLElement | null>, viewport: Viewport): void {
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      if (viewport.fitted.current) viewport.fit(false);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [container, viewport]);
}

/**
 * The map's layout: automatic (ELK, in the worker) for the structure, with saved drag positions
 * on top. The automatic layout runs only when the structure changes (objectives, lanes, links),
 * never for a new score, name or selection; while it runs the previous layout stays on screen.
 */
import { useEffect, useMemo, useState } from 'react';
import { cachedLayout, requestLayout } from './layout/layout-client.ts';
import { layoutKey } from './layout/layout.ts';
import { applySavedPositions } from './layout/saved.ts';
import type { LayoutGraph, MapLayout, SavedPositions } from './layout/types.ts';
import { layoutGraphOf, type MapModel } from './map-model.ts';

/** The inverse of layoutKey: the effect below depends on the key string alone. */
function graphFromKey(key: string): LayoutGraph {
  const [lanes, objectives, links] = JSON.parse(key) as [
    string[],
    [string, string][],
    [string, string][],
  ];
  return {
    lanes,
    objectives: objectives.map(([id, lane]) => ({ id, lane })),
    links: links.map(([from, to]) => ({ from, to })),
  };
}

export interface MapLayoutState {
  /** Null until the first layout is done. */
  readonly layout: MapLayout | null;
  /** True while a new automatic layout is being computed. */
  readonly pending: boolean;
}

export function useMapLayout(model: MapModel, saved: SavedPositions): MapLayoutState {
  const key = useMemo(() => layoutKey(layoutGraphOf(model)), [model]);
  const [result, setResult] = useState<{ key: string; layout: MapLayout } | null>(() => {
    const hit = cachedLayout(graphFromKey(key));
    return hit ? { key, layout: hit } : null;
  });
  useEffect(() => {
    let live = true;
    void requestLayout(graphFromKey(key)).then((layout) => {
      if (live) setResult((current) => (current?.key === key ? current : { key, layout }));
    });
    return () => {
      live = false;
    };
  }, [key]);
  const auto = result?.layout ?? null;
  const layout = useMemo(() => (auto ? applySavedPositions(auto, saved) : null), [auto, saved]);
  return { layout, pending: result?.key !== key };
}

/**
 * The map's view state lives in the URL (shareable, reloadable): `selected` is the selected
 * objective, `panel` the open side panel (`details` or `quality`). Both change in one navigation,
 * because two separate search-param updates in one event would overwrite each other.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type MapPanel = 'details' | 'quality';

export interface MapUrlState {
  readonly selected: string | null;
  readonly panel: MapPanel | null;
  readonly update: (next: { selected?: string | null; panel?: MapPanel | null }) => void;
}

export function useMapUrl(): MapUrlState {
  const [params, setParams] = useSearchParams();
  const selected = params.get('selected');
  const rawPanel = params.get('panel');
  const panel = rawPanel === 'details' || rawPanel === 'quality' ? rawPanel : null;
  const update = useCallback<MapUrlState['update']>(
    (next) => {
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          for (const key of ['selected', 'panel'] as const) {
            if (!(key in next)) continue;
            const value = next[key];
            if (value) copy.set(key, value);
            else copy.delete(key);
          }
          return copy;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { selected, panel, update };
}

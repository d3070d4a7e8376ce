/**
 * What cards and lanes can ask the map to do. Passed by context, not in node data, so node data
 * stays plain and comparable and the memoised nodes do not re-render when a handler changes.
 */
import { createContext, useContext } from 'react';

export interface MapActions {
  readonly startRename: (id: string) => void;
  readonly commitRename: (id: string, name: string) => void;
  readonly cancelRename: () => void;
  readonly addObjective: (laneId: string) => void;
}

const noop = () => undefined;

export const MapActionsContext = createContext<MapActions>({
  startRename: noop,
  commitRename: noop,
  cancelRename: noop,
  addObjective: noop,
});

export function useMapActions(): MapActions {
  return useContext(MapActionsContext);
}

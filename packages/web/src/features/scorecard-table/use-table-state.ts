import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { readTableState, writeTableState, type TableState } from './table-url.ts';

export type TablePatch = Partial<TableState> | ((state: TableState) => Partial<TableState>);

/** The table's sort, filters and folded rows, read from and written to the URL. */
export function useTableState(): readonly [TableState, (patch: TablePatch) => void] {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Keyed by the query text, so the state object (and every memo below it) stays put while the
  // URL does not change.
  const state = useMemo(() => readTableState(new URLSearchParams(search)), [search]);
  // A function patch reads the URL as it is when applied, so callbacks built from it stay
  // stable (the rows' toggle does not change, and 450 memoised rows do not re-render).
  // react-router's setter changes with every URL change; a ref keeps `update` itself stable.
  const setter = useRef(setParams);
  useEffect(() => {
    setter.current = setParams;
  }, [setParams]);
  const update = useCallback((patch: TablePatch) => {
    setter.current(
      (current) =>
        writeTableState(
          current,
          typeof patch === 'function' ? patch(readTableState(current)) : patch,
        ),
      { replace: true },
    );
  }, []);
  return [state, update] as const;
}

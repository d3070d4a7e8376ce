import { useMemo } from 'react';
import { useInitiatives, useKpis, useLinks, useObjectives } from '../../api/queries.ts';
import type { FixContext } from './fix-context.ts';

/**
 * The lists fixes are planned from, with their versions. Null until all have loaded; the error,
 * if one failed, so the panel can say why fixes are unavailable.
 */
export function useFixContext(
  ws: string,
  sc: string,
): { readonly context: FixContext | null; readonly error: Error | null } {
  const objectives = useObjectives(ws, sc);
  const links = useLinks(ws, sc);
  const kpis = useKpis(ws, sc);
  const initiatives = useInitiatives(ws, sc);
  const error = objectives.error ?? links.error ?? kpis.error ?? initiatives.error;
  const context = useMemo(() => {
    if (!objectives.data || !links.data || !kpis.data || !initiatives.data) return null;
    return {
      ws,
      sc,
      objectives: objectives.data,
      links: links.data,
      kpis: kpis.data,
      initiatives: initiatives.data,
    };
  }, [ws, sc, objectives.data, links.data, kpis.data, initiatives.data]);
  return { context, error };
}

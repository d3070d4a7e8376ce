import { useQueries } from '@tanstack/react-query';
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { queryKeys } from '../../api/queries.ts';
import type { ScorecardScore, Target } from '../../api/types.ts';
import { findKpiScore } from '../../lib/score-tree.ts';

/** Beyond this many periods the chart shows the KPI's own target only (one request per period). */
export const MAX_TARGET_LOOKUPS = 60;

/**
 * The target in force in each period, for a KPI with per-period targets. Which target applies
 * to a period is the engine's rule (scoring.md §4), so it is read from the server's score of
 * each period (the same requests, and cache, as the period picker's scores) instead of being
 * re-implemented here. Null per period while loading; null overall when not needed or too many.
 */
export function usePeriodTargets(
  ws: string,
  sc: string,
  kpi: string,
  periods: readonly string[],
  enabled: boolean,
): (Target | null)[] | null {
  const active = enabled && periods.length <= MAX_TARGET_LOOKUPS;
  const results = useQueries({
    queries: (active ? periods : []).map((period) => ({
      // The same key as useScores(ws, sc, period): the score trees are shared.
      queryKey: [...queryKeys.scorecard(ws, sc), 'scores', period],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        request<ScorecardScore>(paths.scores(ws, sc), { query: { period }, signal }),
      staleTime: 60_000,
    })),
  });
  if (!active) return null;
  return results.map((r) => findKpiScore(r.data, kpi)?.target ?? null);
}

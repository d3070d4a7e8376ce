import { useQuery } from '@tanstack/react-query';
import { isApiError, request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { queryKeys } from '../../api/queries.ts';
import type { ScorecardTrends } from './trend.ts';

/**
 * The scorecard's score series for trend arrows and sparklines. Optional by design: a server
 * without the trends route (or a scorecard without values) gives null, and the table simply
 * shows no trend instead of an error.
 */
export function useTrends(ws: string, sc: string, to: string | null, count = 6) {
  return useQuery({
    queryKey: [...queryKeys.scorecard(ws, sc), 'trends', to ?? 'latest', count],
    queryFn: async ({ signal }): Promise<ScorecardTrends | null> => {
      try {
        return await request<ScorecardTrends>(paths.trends(ws, sc), {
          query: { count, to },
          signal,
        });
      } catch (error) {
        if (isApiError(error) && (error.status === 404 || error.code === 'NO_DATA')) return null;
        throw error;
      }
    },
    enabled: to !== null,
    retry: false,
    staleTime: 60_000,
  });
}

import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { queryKeys } from '../../api/queries.ts';
import type { KpiExplanation } from './explain.ts';

/** The server's step-by-step explanation of a KPI's score in a period (null: the latest). */
export function useKpiExplain(
  ws: string,
  sc: string,
  kpi: string,
  period: string | null,
): UseQueryResult<KpiExplanation> {
  return useQuery({
    // Under the scorecard's key, so a value write (which invalidates the workspace) refreshes it.
    queryKey: [...queryKeys.scorecard(ws, sc), 'kpi-explain', kpi, period ?? 'latest'],
    queryFn: ({ signal }) =>
      request<KpiExplanation>(paths.kpiExplain(ws, sc, kpi), { query: { period }, signal }),
    placeholderData: (previous) => previous,
  });
}

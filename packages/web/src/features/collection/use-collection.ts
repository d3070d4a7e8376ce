import type { CollectionReportResponse as CollectionReport } from '@bearing/core';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { queryKeys } from '../../api/queries.ts';

/**
 * The data-collection status of a period (core's collectionStatus, computed by the server on its
 * calendar day). Under the workspace key: a value written anywhere refreshes it.
 */
export function useCollection(
  ws: string,
  period: string | null,
  graceDays: number | null,
): UseQueryResult<CollectionReport> {
  return useQuery({
    queryKey: [...queryKeys.workspace(ws), 'collection', period, graceDays],
    queryFn: ({ signal }) =>
      request<CollectionReport>(paths.collection(ws), {
        signal,
        query: { period, graceDays },
      }),
  });
}

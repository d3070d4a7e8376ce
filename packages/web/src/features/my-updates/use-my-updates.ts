import type { MyUpdatesRequest, MyUpdatesResponse, MyUpdatesSaved } from '@bearing/core';
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { queryKeys } from '../../api/queries.ts';

/** The values the signed-in person owes for a period (the server's collection rules). */
export function useMyUpdates(ws: string, period: string | null): UseQueryResult<MyUpdatesResponse> {
  return useQuery({
    queryKey: [...queryKeys.workspace(ws), 'my-updates', period],
    queryFn: ({ signal }) =>
      request<MyUpdatesResponse>(paths.myUpdates(ws), { signal, query: { period } }),
  });
}

/**
 * Saves every entered value in one transaction: a refused one saves none, and the error's path
 * (`body.values.N.value`) says which. Errors are the caller's to show, at their row.
 */
export function useSaveMyUpdates(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MyUpdatesRequest) =>
      request<MyUpdatesSaved>(paths.myUpdates(ws), { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.workspace(ws) }),
  });
}

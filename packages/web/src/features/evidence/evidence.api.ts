/**
 * The evidence report and one link's series, read from the API (docs/api.md "Hypothesis
 * evidence"). Keys sit under the scorecard, so any write to it refetches the evidence too.
 */
import type { EvidenceReportResponse, LinkSeriesResponse } from '@bearing/core';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { isApiError, request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { queryKeys, type PeriodParam } from '../../api/queries.ts';

/** `?to=` the period in view; none for "latest", where the server takes the newest with data. */
const toQuery = (period: PeriodParam) => ({ to: period === 'latest' ? null : period });

/** A scorecard without values has nothing to test: the server answers NO_DATA. */
export const isNoData = (error: unknown): boolean => isApiError(error) && error.code === 'NO_DATA';

export function useEvidence(
  ws: string,
  sc: string,
  period: PeriodParam,
  enabled = true,
): UseQueryResult<EvidenceReportResponse> {
  return useQuery({
    queryKey: [...queryKeys.scorecard(ws, sc), 'evidence', period ?? 'latest'],
    queryFn: ({ signal }) =>
      request<EvidenceReportResponse>(paths.evidence(ws, sc), { query: toQuery(period), signal }),
    enabled: enabled && sc !== '',
    placeholderData: (previous) => previous,
  });
}

export function useLinkSeries(
  ws: string,
  sc: string,
  link: { from: string; to: string },
  period: PeriodParam,
): UseQueryResult<LinkSeriesResponse> {
  return useQuery({
    queryKey: [...queryKeys.scorecard(ws, sc), 'evidence', period ?? 'latest', link.from, link.to],
    queryFn: ({ signal }) =>
      request<LinkSeriesResponse>(paths.linkSeries(ws, sc, link.from, link.to), {
        query: toQuery(period),
        signal,
      }),
  });
}

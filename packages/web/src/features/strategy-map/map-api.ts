/**
 * The map's own reads and writes beyond src/api: score trends for the sparklines and the saved
 * card positions. Both are extras: when the server has no such route (an older server) the map
 * shows no sparklines and lays everything out automatically, without an error.
 */
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { isApiError, request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { queryKeys, type PeriodParam } from '../../api/queries.ts';
import type { Point, SavedPositions } from './layout/types.ts';

export interface TrendsResponse {
  readonly scorecard: string;
  readonly periods: readonly string[];
  readonly objectives: Readonly<Record<string, readonly (number | null)[]>>;
  readonly kpis: Readonly<Record<string, readonly (number | null)[]>>;
}

export const TREND_PERIODS = 6;

/** A missing route (404) or no data yet (422) means "no extra": null, not an error. */
function quietly<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return promise.catch((error: unknown) => {
    if (isApiError(error) && (error.status === 404 || error.status === 422)) return fallback;
    throw error;
  });
}

export function useTrends(
  ws: string,
  sc: string,
  period: PeriodParam,
): UseQueryResult<TrendsResponse | null> {
  return useQuery({
    queryKey: [...queryKeys.scorecard(ws, sc), 'trends', period ?? 'latest', TREND_PERIODS],
    queryFn: ({ signal }) =>
      quietly(
        request<TrendsResponse>(paths.trends(ws, sc), {
          query: { count: TREND_PERIODS, to: period },
          signal,
        }),
        null,
      ),
    placeholderData: (previous) => previous,
    retry: false,
  });
}

const layoutQueryKey = (ws: string, sc: string) => [...queryKeys.scorecard(ws, sc), 'layout'];

export function useSavedPositions(ws: string, sc: string): UseQueryResult<SavedPositions> {
  return useQuery({
    queryKey: layoutQueryKey(ws, sc),
    queryFn: ({ signal }) =>
      quietly(
        request<{ positions: SavedPositions }>(paths.layout(ws, sc), { signal }).then(
          (r) => r.positions,
        ),
        {},
      ),
    retry: false,
  });
}

/**
 * Saves positions (null clears one) and puts the server's answer in the cache, without
 * refreshing the workspace: a drag changes no score, so nothing else needs reloading.
 */
export function useSavePositions(
  ws: string,
  sc: string,
): (changes: Readonly<Record<string, Point | null>>) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (changes) => {
      const key = layoutQueryKey(ws, sc);
      const before = client.getQueryData<SavedPositions>(key) ?? {};
      const merged = { ...before, ...changes };
      const optimistic = Object.fromEntries(
        Object.entries(merged).filter((entry): entry is [string, Point] => entry[1] !== null),
      );
      client.setQueryData(key, optimistic);
      try {
        const saved = await request<{ positions: SavedPositions }>(paths.layout(ws, sc), {
          method: 'PUT',
          body: { positions: changes },
        });
        client.setQueryData(key, saved.positions);
      } catch (error) {
        client.setQueryData(key, before);
        throw error;
      }
    },
    [client, ws, sc],
  );
}

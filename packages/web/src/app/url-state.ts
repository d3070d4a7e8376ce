/**
 * Every view and selection lives in the URL, so any screen can be shared and reloaded.
 * Path: /w/:ws/s/:sc/<view>[/:id]; search: period, selected, and per-view state (sort, filter…).
 */
import { useCallback } from 'react';
import { useParams, useSearchParams } from 'react-router';

export interface ScorecardParams {
  readonly ws: string;
  readonly sc: string;
}

export function useWorkspaceKey(): string {
  return useParams().ws ?? 'default';
}

/** The workspace and scorecard of the current route; only rendered under /w/:ws/s/:sc. */
export function useScorecardParams(): ScorecardParams {
  const { ws = 'default', sc = '' } = useParams();
  return { ws, sc };
}

/** A single search parameter as state; setting null removes it. History entries are replaced. */
export function useSearchParam(
  name: string,
): readonly [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name);
  const setValue = useCallback(
    (next: string | null) => {
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          if (next === null || next === '') copy.delete(name);
          else copy.set(name, next);
          return copy;
        },
        { replace: true },
      );
    },
    [name, setParams],
  );
  return [value, setValue] as const;
}

/** The period in view: a period key, or null for "latest" (the server picks the latest with data). */
export function usePeriod(): readonly [string | null, (period: string | null) => void] {
  const [period, setPeriod] = useSearchParam('period');
  return [period === 'latest' ? null : period, setPeriod] as const;
}

/** Builds links that keep the period when moving between views. */
export function scorecardUrl(
  { ws, sc }: ScorecardParams,
  view: string,
  search?: Readonly<Record<string, string | null | undefined>>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search ?? {})) {
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return `/w/${encodeURIComponent(ws)}/s/${encodeURIComponent(sc)}/${view}${query ? `?${query}` : ''}`;
}

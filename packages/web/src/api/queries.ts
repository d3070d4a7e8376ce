/**
 * Read hooks over TanStack Query. Keys start with the workspace, so one invalidation after a write
 * refreshes everything that write can change (scores, trends, lint, lists).
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { request } from './client.ts';
import { paths } from './paths.ts';
import type {
  Change,
  HistoryResponse,
  InitiativeRecord,
  KpiIndexEntry,
  KpiRecord,
  Link,
  LintResponse,
  ObjectiveRecord,
  Perspective,
  ScorecardDetail,
  ScorecardScore,
  ScorecardSummary,
  StoredValue,
  Workspace,
} from './types.ts';

export const queryKeys = {
  workspaces: () => ['workspaces'] as const,
  workspace: (ws: string) => ['ws', ws] as const,
  scorecard: (ws: string, sc: string) => ['ws', ws, 'sc', sc] as const,
};

/** `latest` (or nothing) means: the latest period with a value, decided by the server. */
export type PeriodParam = string | null;

const periodQuery = (period: PeriodParam) => ({
  period: period === 'latest' ? null : period,
});

export function useWorkspaces(): UseQueryResult<readonly Workspace[]> {
  return useQuery({
    queryKey: queryKeys.workspaces(),
    queryFn: ({ signal }) =>
      request<{ workspaces: Workspace[] }>(paths.workspaces(), { signal }).then(
        (r) => r.workspaces,
      ),
  });
}

export function useScorecards(ws: string): UseQueryResult<readonly ScorecardSummary[]> {
  return useQuery({
    queryKey: [...queryKeys.workspace(ws), 'scorecards'],
    queryFn: ({ signal }) =>
      request<{ scorecards: ScorecardSummary[] }>(paths.scorecards(ws), { signal }).then(
        (r) => r.scorecards,
      ),
  });
}

export function useScorecard(ws: string, sc: string): UseQueryResult<ScorecardDetail> {
  return useQuery({
    queryKey: [...queryKeys.scorecard(ws, sc), 'detail'],
    queryFn: ({ signal }) => request<ScorecardDetail>(paths.scorecard(ws, sc), { signal }),
    // The shell asks on workspace pages too, where no scorecard is open.
    enabled: sc !== '',
  });
}

export function useScores(
  ws: string,
  sc: string,
  period: PeriodParam,
): UseQueryResult<ScorecardScore> {
  return useQuery({
    queryKey: [...queryKeys.scorecard(ws, sc), 'scores', period ?? 'latest'],
    queryFn: ({ signal }) =>
      request<ScorecardScore>(paths.scores(ws, sc), { query: periodQuery(period), signal }),
    placeholderData: (previous) => previous,
  });
}

function listQuery<T>(ws: string, sc: string, name: string, path: string, key: string) {
  return {
    queryKey: [...queryKeys.scorecard(ws, sc), name],
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      request<Record<string, T[]>>(path, { signal }).then((r) => r[key] ?? []),
    // The shell asks on workspace pages too, where no scorecard is open.
    enabled: sc !== '',
  };
}

export function usePerspectives(ws: string, sc: string): UseQueryResult<Perspective[]> {
  return useQuery(
    listQuery<Perspective>(ws, sc, 'perspectives', paths.perspectives(ws, sc), 'perspectives'),
  );
}

export function useObjectives(ws: string, sc: string): UseQueryResult<ObjectiveRecord[]> {
  return useQuery(
    listQuery<ObjectiveRecord>(ws, sc, 'objectives', paths.objectives(ws, sc), 'objectives'),
  );
}

export function useLinks(ws: string, sc: string): UseQueryResult<Link[]> {
  return useQuery(listQuery<Link>(ws, sc, 'links', paths.links(ws, sc), 'links'));
}

export function useKpis(ws: string, sc: string): UseQueryResult<KpiRecord[]> {
  return useQuery(listQuery<KpiRecord>(ws, sc, 'kpis', paths.kpis(ws, sc), 'kpis'));
}

/** Every KPI of the workspace (all scorecards), for the formula field's reference completion. */
export function useKpiIndex(ws: string): UseQueryResult<readonly KpiIndexEntry[]> {
  return useQuery({
    queryKey: [...queryKeys.workspace(ws), 'kpi-index'],
    queryFn: ({ signal }) =>
      request<{ kpis: KpiIndexEntry[] }>(paths.kpiIndex(ws), { signal }).then((r) => r.kpis),
  });
}

export function useInitiatives(ws: string, sc: string): UseQueryResult<InitiativeRecord[]> {
  return useQuery(
    listQuery<InitiativeRecord>(ws, sc, 'initiatives', paths.initiatives(ws, sc), 'initiatives'),
  );
}

export function useKpiValues(ws: string, sc: string, kpi: string): UseQueryResult<StoredValue[]> {
  return useQuery({
    queryKey: [...queryKeys.scorecard(ws, sc), 'values', kpi],
    queryFn: ({ signal }) =>
      request<{ values: StoredValue[] }>(paths.kpiValues(ws, sc, kpi), { signal }).then(
        (r) => r.values,
      ),
  });
}

export function useKpiHistory(
  ws: string,
  sc: string,
  kpi: string,
  range: { from: string; to: string } | null,
): UseQueryResult<HistoryResponse> {
  return useQuery({
    queryKey: [...queryKeys.scorecard(ws, sc), 'kpi-history', kpi, range?.from, range?.to],
    queryFn: ({ signal }) =>
      request<HistoryResponse>(paths.kpiHistory(ws, sc, kpi), { query: { ...range }, signal }),
    enabled: range !== null,
  });
}

export function useObjectiveHistory(
  ws: string,
  sc: string,
  objective: string,
  range: { from: string; to: string } | null,
): UseQueryResult<HistoryResponse> {
  return useQuery({
    queryKey: [
      ...queryKeys.scorecard(ws, sc),
      'objective-history',
      objective,
      range?.from,
      range?.to,
    ],
    queryFn: ({ signal }) =>
      request<HistoryResponse>(paths.objectiveHistory(ws, sc, objective), {
        query: { ...range },
        signal,
      }),
    enabled: range !== null,
  });
}

export function useLint(ws: string, sc: string, period: PeriodParam): UseQueryResult<LintResponse> {
  return useQuery({
    queryKey: [...queryKeys.scorecard(ws, sc), 'lint', period ?? 'latest'],
    queryFn: ({ signal }) =>
      request<LintResponse>(paths.lint(ws, sc), { query: periodQuery(period), signal }),
  });
}

export function useChanges(
  ws: string,
  filter: { entity?: string; scorecard?: string; limit?: number },
): UseQueryResult<Change[]> {
  return useQuery({
    queryKey: [...queryKeys.workspace(ws), 'changes', filter],
    queryFn: ({ signal }) =>
      request<{ changes: Change[] }>(paths.changes(ws), { query: filter, signal }).then(
        (r) => r.changes,
      ),
  });
}

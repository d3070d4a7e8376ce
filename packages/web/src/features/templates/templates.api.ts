/**
 * Reads of the template gallery (GET /api/templates, GET /api/templates/{name}). A template comes
 * as a strategy file in JSON; core's own validator turns it into the model, so the preview shows
 * exactly what an import would create.
 */
import { validateStrategyData, type Strategy } from '@bearing/core';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { ApiError, request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';

export interface TemplateSummary {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly organization: string | null;
  readonly scorecards: number;
  readonly perspectives: readonly string[];
  readonly objectives: number;
  readonly kpis: number;
  readonly initiatives: number;
  readonly links: number;
  readonly stakeholders: number;
  readonly segments: number;
  readonly disciplines: readonly string[];
}

export function useTemplates(): UseQueryResult<readonly TemplateSummary[]> {
  return useQuery({
    queryKey: ['templates'],
    queryFn: ({ signal }) =>
      request<{ templates: TemplateSummary[] }>(paths.templates(), { signal }).then(
        (r) => r.templates,
      ),
    staleTime: Infinity,
  });
}

export function useTemplate(name: string | null): UseQueryResult<Strategy> {
  return useQuery({
    queryKey: ['templates', name],
    queryFn: ({ signal }) =>
      request<unknown>(paths.template(name ?? ''), { signal }).then(toStrategy),
    enabled: name !== null,
    staleTime: Infinity,
  });
}

/** A strategy file (JSON data) as the model; a file core refuses is shown as an error. */
export function toStrategy(data: unknown): Strategy {
  const parsed = validateStrategyData(data);
  if (parsed.ok) return parsed.value;
  const first = parsed.issues[0];
  throw new ApiError(0, {
    code: 'INVALID_STRATEGY',
    message: `The server sent a strategy this app cannot read: ${first?.message ?? 'unknown problem'}`,
    path: first?.path ?? null,
  });
}

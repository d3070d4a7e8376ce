import type { Strategy } from '@bearing/core';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { toStrategy } from '../templates/templates.api.ts';

/** The strategy the answers generate (POST /api/wizard/preview): nothing is written. */
export function useWizardPreview(
  answers: Record<string, unknown>,
  enabled: boolean,
): UseQueryResult<Strategy> {
  return useQuery({
    queryKey: ['wizard-preview', answers],
    queryFn: ({ signal }) =>
      request<unknown>(paths.wizardPreview(), { method: 'POST', body: answers, signal }).then(
        toStrategy,
      ),
    enabled,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

export interface WizardResult {
  readonly scorecards: readonly string[];
}

/** POST /api/workspaces/{ws}/wizard: generates and imports the strategy in one transaction. */
export function createFromAnswers(
  ws: string,
  answers: Record<string, unknown>,
): Promise<WizardResult> {
  return request<WizardResult>(paths.wizard(ws), { method: 'POST', body: answers });
}

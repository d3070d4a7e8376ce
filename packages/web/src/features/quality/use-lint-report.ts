import type { UseQueryResult } from '@tanstack/react-query';
import { useLint } from '../../api/queries.ts';
import type { LintReport } from './lint-report.ts';

/**
 * The lint report of a scorecard, fully typed. It is the shared `useLint` query (same cache key,
 * so the map's markers and the panel share one request); the cast only widens the wire type
 * api/types.ts declares to what the server actually sends (docs/api.md "Strategy quality").
 */
export function useLintReport(
  ws: string,
  sc: string,
  period: string | null,
): UseQueryResult<LintReport> {
  return useLint(ws, sc, period) as UseQueryResult<LintReport>;
}

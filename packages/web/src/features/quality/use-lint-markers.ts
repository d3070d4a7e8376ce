import { useMemo } from 'react';
import { summariseMarkers, type LintMarker } from './markers.ts';
import { useLintReport } from './use-lint-report.ts';

export type { LintMarker } from './markers.ts';

const NONE: ReadonlyMap<string, LintMarker> = new Map();

/**
 * Per objective id, its lint findings summarised for a marker on the map. Shares the panel's lint
 * query; the map is recomputed only when the report changes. Empty while loading or on error.
 */
export function useLintMarkers(
  ws: string,
  sc: string,
  period: string | null,
): ReadonlyMap<string, LintMarker> {
  const findings = useLintReport(ws, sc, period).data?.findings;
  return useMemo(() => (findings ? summariseMarkers(findings) : NONE), [findings]);
}

/** Per objective, its findings folded into one marker for the map (pure, so it is tested alone). */
import type { Finding } from '../../api/types.ts';
import { compareSeverity, worstSeverity, type Severity } from './lint-report.ts';

export interface LintMarker {
  /** The worst severity among the objective's findings. */
  readonly severity: Severity;
  readonly count: number;
  /** The findings' messages, worst first, for a tooltip. */
  readonly messages: readonly string[];
}

export function summariseMarkers(findings: readonly Finding[]): ReadonlyMap<string, LintMarker> {
  const byObjective = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.objective === null) continue; // scorecard-level findings have no place on the map
    byObjective.set(f.objective, [...(byObjective.get(f.objective) ?? []), f]);
  }
  const markers = new Map<string, LintMarker>();
  for (const [objective, list] of byObjective) {
    const sorted = [...list].sort((a, b) => compareSeverity(a.severity, b.severity));
    markers.set(objective, {
      severity: worstSeverity(sorted.map((f) => f.severity)) ?? 'info',
      count: sorted.length,
      messages: sorted.map((f) => f.message),
    });
  }
  return markers;
}

import type { Coverage } from '@bearing/core';

/**
 * Display formatting for the terminal. Numbers, scores, units and targets are formatted by core
 * (the strategy document shares them), so every surface rounds alike; the terminal-only helpers
 * are here.
 */
export { formatScore, formatTarget, formatValue } from '@bearing/core';

export function formatCoverage(coverage: Coverage): string {
  return `(${coverage.scored} of ${coverage.total} scored)`;
}

/** `1 scorecard`, `6 objectives`, `1 KPI`, `12 KPIs`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** How a severity reads on screen: always a word and an icon, never colour alone. */
import type { Severity } from './lint-report.ts';
import type { SeverityCounts } from './grouping.ts';

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
};

export const SEVERITY_COLOR: Readonly<Record<Severity, string>> = {
  error: 'red',
  warning: 'orange',
  info: 'blue',
};

/** "1 error, 9 warnings, 16 info" — only the severities present; "no findings" when none. */
export function describeCounts(counts: SeverityCounts): string {
  const parts = [
    counts.error ? `${counts.error} ${counts.error === 1 ? 'error' : 'errors'}` : null,
    counts.warning ? `${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}` : null,
    counts.info ? `${counts.info} info` : null,
  ].filter((p) => p !== null);
  return parts.length ? parts.join(', ') : 'no findings';
}

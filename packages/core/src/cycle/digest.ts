import { formatScore } from '../document/format.ts';
import type { ScorecardScore } from '../scoring/types.ts';
import { type KpiStatusSeen, kpiStatusesOf } from './status-changes.ts';

/**
 * The monthly digest (docs/notifications.md): on the workspace's digest day every member hears,
 * in a few lines, how each scorecard stands, which KPIs are red, and how many values the last
 * period still owes. Pure: the server passes the scores, the counts and "today".
 */

export interface DigestInput {
  readonly workspaceName: string;
  /** The reporting period the collection counts are for, e.g. 2026-11. */
  readonly period: string;
  readonly scorecards: readonly ScorecardScore[];
  readonly owed: { readonly due: number; readonly overdue: number };
}

export interface Digest {
  readonly title: string;
  readonly lines: readonly string[];
}

/** How many red KPIs a scorecard's line names before it says "and N more". */
const RED_NAMED = 5;

export function digestOf(input: DigestInput): Digest {
  const lines = input.scorecards.map((score) => {
    const red = kpiStatusesOf(score).filter((k: KpiStatusSeen) => k.status === 'red');
    const value = score.score === null ? 'no score yet' : `score ${formatScore(score.score)}`;
    const named = red.slice(0, RED_NAMED).map((k) => k.kpiName);
    const more = red.length > RED_NAMED ? ` and ${String(red.length - RED_NAMED)} more` : '';
    const reds =
      red.length === 0 ? 'no KPI red' : `${String(red.length)} red: ${named.join(', ')}${more}`;
    return `${score.name} (${score.period}): ${value}, ${reds}`;
  });
  const owed = input.owed.due + input.owed.overdue;
  lines.push(
    owed === 0
      ? `Every value for ${input.period} is in.`
      : `${String(owed)} value${owed === 1 ? '' : 's'} for ${input.period} still to come (${String(input.owed.overdue)} overdue).`,
  );
  return { title: `${input.workspaceName}: the month in brief (${input.period})`, lines };
}

/** The month (YYYY-MM) whose digest is due on `today`, or null before the digest day. */
export function digestMonthDue(
  digestDay: number | null,
  today: { readonly year: number; readonly month: number; readonly day: number },
): string | null {
  if (digestDay === null || today.day < digestDay) return null;
  return `${String(today.year)}-${String(today.month).padStart(2, '0')}`;
}

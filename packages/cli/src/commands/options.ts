import { type Period, type Scorecard, type Strategy, parsePeriod } from '@bearing/core';
import { invalid } from '../exit-codes.ts';
import { didYouMean } from '../suggest.ts';

export const PERIOD_FORMATS =
  '2026 (year), 2026-H1 (half), 2026-Q1 (quarter), 2026-03 (month), 2026-W09 (ISO week), 2026-03-15 (day)';

/** A period from the command line; on error the message always lists the accepted formats. */
export function periodOption(option: string, text: string): Period {
  const parsed = parsePeriod(text);
  if (parsed.ok) return parsed.period;
  // The core names the formats only when the shape is wrong, not for e.g. month 13.
  const formats = parsed.message.includes('2026-H1') ? '' : `\nexpected one of: ${PERIOD_FORMATS}`;
  throw invalid(`${option}: ${parsed.message}${formats}`);
}

/** The scorecard named by --scorecard, or exit 2 listing the ones that exist. */
export function scorecardOption(strategy: Strategy, id: string): Scorecard {
  const found = strategy.scorecards.find((s) => s.id === id);
  if (found) return found;
  const ids = strategy.scorecards.map((s) => s.id);
  throw invalid(
    `--scorecard: no scorecard "${id}"${didYouMean(id, ids)}; the file has: ${list(ids)}`,
  );
}

/** A readable list of ids; long files are cut short so the message stays a message. */
export function list(items: readonly string[], max = 20): string {
  if (items.length === 0) return '(none)';
  const more = items.length > max ? `, … (${items.length - max} more)` : '';
  return items.slice(0, max).join(', ') + more;
}

import { type PeriodKey, parsePeriod } from '../periods/period.ts';
import { type Cell, isDateCell } from './cell.ts';

export type CellParse<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** `Mar 2026`, `March 2026`, `mar. 2026`, `Sept 2026`, `March-2026`. */
const MONTH_NAME = /^([a-z]+)\.?[\s-]+(\d{4})$/i;

/**
 * A period cell: any period key (scoring.md §4) as text or number, an Excel date cell (that day),
 * or an English month name with its year. Returns the normalised key.
 */
export function parsePeriodCell(cell: Cell): CellParse<PeriodKey> {
  if (cell === null) return { ok: false, message: 'the period is empty' };
  if (isDateCell(cell)) return fromKey(cell.date);
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell)) {
      return { ok: false, message: `${cell} is not a period: a number is a year, such as 2026` };
    }
    return fromKey(String(cell));
  }
  const text = cell.trim();
  const named = MONTH_NAME.exec(text);
  if (named) {
    const month = monthNumber(named[1]!);
    if (month !== null) return fromKey(`${named[2]}-${String(month).padStart(2, '0')}`);
  }
  return fromKey(text);
}

function fromKey(text: string): CellParse<PeriodKey> {
  const parsed = parsePeriod(text);
  if (parsed.ok) return { ok: true, value: parsed.period.key };
  // A key of the right form with a wrong part (`2026-13`) says exactly that; only text that is
  // no key at all is told the other forms a cell may take.
  if (parsed.message.includes('is not a valid period'))
    return { ok: false, message: parsed.message };
  return { ok: false, message: `${parsed.message}, a date cell, or a month such as "Mar 2026"` };
}

/** `mar`, `march`, `sept` → 3, 3, 9: the full English name or any prefix of at least 3 letters. */
function monthNumber(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(lower));
  return index === -1 ? null : index + 1;
}

import { type Cell, cellText, isDateCell } from './cell.ts';
import type { CellParse } from './period-cell.ts';

export interface CellNumber {
  readonly value: number;
  /** Written with `%` after it (`12,5%` = 12.5, the number as written). */
  readonly percent: boolean;
}

/** Spaces that spreadsheet programs put between thousands (plain, no-break, narrow no-break). */
const SPACE_GROUP = /^[+-]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/;

/**
 * A value cell: a numeric cell as it is, or text holding a number written with the table's
 * decimal separator and optionally `%`. Thousands separators are accepted only where they cannot
 * be read as decimals: spaces (`1 234,5`), or the other separator when it appears more than once
 * or before a decimal (`1,234,567` and `1,234.5` with `.` decimals). The other separator alone is
 * a decimal where it cannot be a thousands separator (`12,5`, `0,125`, `1234,5`), as a person
 * means it. `1,234` with `.` decimals is refused: it may be a European 1.234 or 1234.
 */
export function parseNumberCell(cell: Cell, decimal: '.' | ','): CellParse<CellNumber> {
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? { ok: true, value: { value: cell, percent: false } }
      : { ok: false, message: `${cell} is not a number` };
  }
  if (cell === null || isDateCell(cell)) {
    return { ok: false, message: `"${cellText(cell)}" is a date, not a number` };
  }
  let text = cell.trim().replace(/\u2212/g, '-');
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trimEnd();
  const plain = plainNumber(text, decimal);
  if (plain === null) return { ok: false, message: refusal(cell.trim(), text, decimal) };
  return { ok: true, value: { value: plain, percent } };
}

function plainNumber(text: string, decimal: '.' | ','): number | null {
  const group = decimal === '.' ? ',' : '.';
  const d = escape(decimal);
  const g = escape(group);
  const simple = new RegExp(`^[+-]?(\\d+(${d}\\d*)?|${d}\\d+)([eE][+-]?\\d+)?$`);
  if (simple.test(text)) return toNumber(text, decimal, null);
  if (SPACE_GROUP.test(text) && !text.includes(group)) {
    return toNumber(text.replace(/[ \u00a0\u202f]/g, ''), decimal, null);
  }
  const manyGroups = new RegExp(`^[+-]?\\d{1,3}(${g}\\d{3}){2,}(${d}\\d+)?$`);
  const groupThenDecimal = new RegExp(`^[+-]?\\d{1,3}(${g}\\d{3})+${d}\\d+$`);
  if (manyGroups.test(text) || groupThenDecimal.test(text)) return toNumber(text, decimal, group);
  const otherDecimal = new RegExp(`^[+-]?\\d+${g}\\d+$`);
  if (otherDecimal.test(text) && !ambiguousGroup(text, group)) {
    return Number(text.replace(group, '.'));
  }
  return null;
}

/** `1,234` (or `1.234`): one group of three digits after one to three, not starting with 0. */
function ambiguousGroup(text: string, group: string): boolean {
  return new RegExp(`^[+-]?[1-9]\\d{0,2}${escape(group)}\\d{3}$`).test(text);
}

function toNumber(text: string, decimal: '.' | ',', group: string | null): number {
  const ungrouped = group === null ? text : text.split(group).join('');
  return Number(decimal === ',' ? ungrouped.replace(',', '.') : ungrouped);
}

function refusal(original: string, text: string, decimal: '.' | ','): string {
  const group = decimal === '.' ? ',' : '.';
  if (original === '') return 'the value is empty';
  if (ambiguousGroup(text, group)) {
    return `"${original}" is ambiguous: "${group}" could be a decimal or a thousands separator here; write the number without separators, or with "${decimal}" for decimals`;
  }
  return `"${original}" is not a number`;
}

function escape(ch: string): string {
  return ch === '.' ? '\\.' : ch;
}

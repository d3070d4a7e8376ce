/**
 * What a values file is made of, whatever it was read from: rows of cells. CSV gives only text;
 * XLSX also gives numbers and date cells. The reader never sees a file, only this.
 */

/** A date cell of a spreadsheet, as the calendar day it shows (`2026-03-31`). */
export interface DateCell {
  readonly date: string;
}

/** Text as written, a numeric cell, a date cell, or nothing (an empty cell). */
export type Cell = string | number | DateCell | null;

export interface TableRow {
  /** 1-based, as a spreadsheet program numbers it (the header is usually row 1). */
  readonly row: number;
  readonly cells: readonly Cell[];
}

/** One sheet of a values file (a CSV file is one sheet without a name). */
export interface ValuesTable {
  /** The file name, for messages: `values.csv`. */
  readonly source: string;
  /** The sheet's name in a workbook; null for CSV. */
  readonly sheet: string | null;
  /**
   * How text numbers write their decimals: `,` for a `;`-delimited CSV (as European spreadsheet
   * programs export it), `.` otherwise.
   */
  readonly decimalSeparator: '.' | ',';
  readonly rows: readonly TableRow[];
}

export const isDateCell = (cell: Cell): cell is DateCell =>
  typeof cell === 'object' && cell !== null;

/** True for an empty cell or one holding only spaces. */
export function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as a person would read it, for messages. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (isDateCell(cell)) return cell.date;
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

/** `0` → `A`, `25` → `Z`, `26` → `AA`: the column's letters in a spreadsheet. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

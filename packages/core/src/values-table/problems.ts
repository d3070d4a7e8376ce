import { columnLetter } from './cell.ts';

/** Why a values file, or one of its cells, was refused. Stable: the API and tests use them. */
export const VALUES_PROBLEM_CODES = [
  'EMPTY_FILE', // no header row
  'MISSING_COLUMN', // a column the shape needs (kpi, period, value) is absent
  'UNKNOWN_COLUMN', // a header that is neither a known column nor (wide shape) a period
  'DUPLICATE_COLUMN', // the same column or period twice in the header
  'CELL_WITHOUT_HEADER', // a value in a column that has no header
  'MISSING_CELL', // a row with a value but no KPI or no period
  'UNKNOWN_SCORECARD',
  'AMBIGUOUS_SCORECARD',
  'UNKNOWN_KPI',
  'AMBIGUOUS_KPI',
  'INVALID_PERIOD',
  'INVALID_NUMBER',
  'PERCENT_NOT_ALLOWED', // `12%` for a KPI whose unit is not %
  'NEGATIVE_PERCENT', // a negative % value for a KPI without allowNegative
  'CALCULATED_KPI', // a value for a KPI computed by a formula
  'DUPLICATE_VALUE', // the same KPI and period twice with different values
] as const;
export type ValuesProblemCode = (typeof VALUES_PROBLEM_CODES)[number];

/** Where in the file: the sheet, the row and (for a cell) the column with its header. */
export interface CellLocation {
  readonly source: string;
  readonly sheet: string | null;
  readonly row: number;
  /** 0-based; null for a problem of a whole row or file. */
  readonly column: number | null;
  /** The column's header as written (`value`, `2026-03`); null without one. */
  readonly header: string | null;
}

export interface ValuesProblem {
  readonly code: ValuesProblemCode;
  readonly location: CellLocation;
  /** What is wrong and what was expected, naming the cell's content. */
  readonly message: string;
}

/**
 * The place without the file name, e.g. `sheet Values, row 14, column C (value)`: the `path` of
 * an API problem, and the part of a message after the file name.
 */
export function locationPath(location: CellLocation): string {
  const parts: string[] = [];
  if (location.sheet !== null) parts.push(`sheet ${location.sheet}`);
  parts.push(`row ${location.row}`);
  if (location.column !== null) {
    const header =
      location.header === null || location.header === '' ? '' : ` (${location.header})`;
    parts.push(`column ${columnLetter(location.column)}${header}`);
  }
  return parts.join(', ');
}

/** `values.xlsx: sheet Values, row 14, column C (value): "n/a" is not a number`. */
export function formatValuesProblem(problem: ValuesProblem): string {
  return `${problem.location.source}: ${locationPath(problem.location)}: ${problem.message}`;
}

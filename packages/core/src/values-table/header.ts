import { closest } from '../schema/closest.ts';
import type { PeriodKey } from '../periods/period.ts';
import { type Cell, type TableRow, cellText, isBlank } from './cell.ts';
import { parsePeriodCell } from './period-cell.ts';
import type { ValuesProblem } from './problems.ts';

/** The columns of the long shape; `kpi` and `scorecard` are also the wide shape's label columns. */
export const LONG_COLUMNS = ['kpi', 'period', 'value', 'scorecard', 'comment'] as const;
export type LongColumn = (typeof LONG_COLUMNS)[number];
const REQUIRED_LONG: readonly LongColumn[] = ['kpi', 'period', 'value'];

export type TableShape =
  | {
      readonly shape: 'long';
      readonly columns: Readonly<Partial<Record<LongColumn, number>>> & {
        readonly kpi: number;
        readonly period: number;
        readonly value: number;
      };
    }
  | {
      readonly shape: 'wide';
      readonly kpi: number;
      readonly scorecard: number | null;
      /** Each period column, by index. */
      readonly periods: readonly { readonly column: number; readonly period: PeriodKey }[];
    };

export interface HeaderResult {
  readonly shape: TableShape | null;
  readonly problems: readonly ValuesProblem[];
  /** Header texts by column index, for locating problems. */
  readonly headers: readonly string[];
}

type Locate = (
  column: number | null,
  message: string,
  code: ValuesProblem['code'],
) => ValuesProblem;

/**
 * Recognises the header row. A header naming `period` or `value` makes the long shape (every
 * other header must be a known column); otherwise the first column (after an optional
 * `scorecard`) is `kpi` and every other header is a period: the wide shape.
 */
export function recognizeHeader(header: TableRow, locate: Locate): HeaderResult {
  const headers = header.cells.map(cellText);
  const names = headers.map((h) => h.toLowerCase());
  const used = lastUsedColumn(header.cells);
  const isLong = names.includes('period') || names.includes('value');
  const problems: ValuesProblem[] = [];
  const shape = isLong
    ? longShape(names, headers, used, locate, problems)
    : wideShape(header.cells, names, headers, used, locate, problems);
  return { shape: problems.length === 0 ? shape : null, problems, headers };
}

function longShape(
  names: readonly string[],
  headers: readonly string[],
  used: number,
  locate: Locate,
  problems: ValuesProblem[],
): TableShape | null {
  const columns: Partial<Record<LongColumn, number>> = {};
  for (let i = 0; i <= used; i++) {
    const name = names[i]!;
    if (name === '') continue;
    if (!isLongColumn(name)) {
      problems.push(locate(i, unknownColumn(headers[i]!, LONG_COLUMNS), 'UNKNOWN_COLUMN'));
    } else if (columns[name] !== undefined) {
      problems.push(locate(i, `the column "${name}" appears twice`, 'DUPLICATE_COLUMN'));
    } else columns[name] = i;
  }
  for (const required of REQUIRED_LONG) {
    if (columns[required] === undefined) {
      problems.push(
        locate(
          null,
          `the header has no "${required}" column (a long values file has kpi, period and value, optionally scorecard and comment)`,
          'MISSING_COLUMN',
        ),
      );
    }
  }
  const { kpi, period, value } = columns;
  if (kpi === undefined || period === undefined || value === undefined) return null;
  return { shape: 'long', columns: { ...columns, kpi, period, value } };
}

function wideShape(
  cells: readonly Cell[],
  names: readonly string[],
  headers: readonly string[],
  used: number,
  locate: Locate,
  problems: ValuesProblem[],
): TableShape | null {
  const scorecard = names[0] === 'scorecard' ? 0 : names[1] === 'scorecard' ? 1 : null;
  const kpi = scorecard === 0 ? 1 : 0;
  if (names[kpi] !== 'kpi') {
    problems.push(
      locate(
        kpi,
        `the header must name the KPI column "kpi": a long file has kpi, period and value columns; a wide file starts with kpi (and optionally scorecard), then one column per period`,
        'MISSING_COLUMN',
      ),
    );
    return null;
  }
  const periods: { column: number; period: PeriodKey }[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i <= used; i++) {
    if (i === kpi || i === scorecard || isBlank(cells[i] ?? null)) continue;
    const misplaced = MISPLACED_IN_WIDE[names[i]!];
    if (misplaced !== undefined) {
      problems.push(locate(i, misplaced, 'UNKNOWN_COLUMN'));
      continue;
    }
    const parsed = parsePeriodCell(cells[i] ?? null);
    if (!parsed.ok) {
      const suggestion = closest(headers[i]!, LONG_COLUMNS);
      const hint = suggestion === null ? '' : ` (did you mean "${suggestion}"?)`;
      problems.push(
        locate(
          i,
          `the header "${headers[i]}" is neither a column nor a period${hint}; a wide file's period headers are keys such as 2026-03, 2026-Q1 or 2026, dates, or months such as "Mar 2026"`,
          'UNKNOWN_COLUMN',
        ),
      );
    } else if (seen.has(parsed.value)) {
      problems.push(
        locate(i, `the period ${parsed.value} appears twice in the header`, 'DUPLICATE_COLUMN'),
      );
    } else {
      seen.set(parsed.value, i);
      periods.push({ column: i, period: parsed.value });
    }
  }
  return { shape: 'wide', kpi, scorecard, periods };
}

/** Long-shape columns in a wide header: what the person most likely meant. */
const MISPLACED_IN_WIDE: Readonly<Record<string, string>> = {
  scorecard:
    'a wide file has its scorecard column first or right beside kpi; move it there (or use the long shape: kpi, period, value)',
  comment:
    'a wide file has no comment column (each cell is a value); use the long shape (kpi, period, value, comment) for comments',
};

function isLongColumn(name: string): name is LongColumn {
  return (LONG_COLUMNS as readonly string[]).includes(name);
}

function unknownColumn(header: string, known: readonly string[]): string {
  const suggestion = closest(header, known);
  const hint = suggestion === null ? '' : ` (did you mean "${suggestion}"?)`;
  return `unknown column "${header}"${hint}; the columns are ${known.join(', ')}`;
}

/** The last column with anything in it: a trailing delimiter leaves empty cells after it. */
export function lastUsedColumn(cells: readonly Cell[]): number {
  let last = -1;
  cells.forEach((cell, i) => {
    if (!isBlank(cell)) last = i;
  });
  return last;
}

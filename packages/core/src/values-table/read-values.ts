import type { KpiId, ScorecardId } from '../model/ids.ts';
import type { Kpi, Scorecard, Strategy } from '../model/strategy.ts';
import type { PeriodKey } from '../periods/period.ts';
import { type Cell, type TableRow, type ValuesTable, cellText, isBlank } from './cell.ts';
import { type TableShape, recognizeHeader } from './header.ts';
import { parseNumberCell } from './number-cell.ts';
import { parsePeriodCell } from './period-cell.ts';
import type { CellLocation, ValuesProblem, ValuesProblemCode } from './problems.ts';
import { StrategyIndex } from './resolve.ts';
import { unitProblem } from './value-rules.ts';

export interface ReadValuesOptions {
  /** The scorecard (id or name) for rows without one: `--scorecard ID`. */
  readonly scorecard?: string | null;
}

/** A value the file gives, resolved to its scorecard, KPI and normalised period. */
export interface ImportedValue {
  readonly scorecard: ScorecardId;
  readonly kpi: KpiId;
  readonly period: PeriodKey;
  readonly value: number;
  /** Null when the file gives none: an import then keeps the comment already stored. */
  readonly comment: string | null;
  /** The value's cell. */
  readonly location: CellLocation;
}

export interface ValuesReading {
  readonly shape: 'long' | 'wide' | null;
  /** Every value of the file, once each (an exact repeat is dropped); empty when any problem. */
  readonly values: readonly ImportedValue[];
  /** Every problem of the file, in row order; the file is importable only when this is empty. */
  readonly problems: readonly ValuesProblem[];
}

/**
 * Reads a values table against the strategy it is for. Pure: the caller reads the file (CSV,
 * XLSX) into cells and loads the strategy. Every problem is collected, never only the first,
 * and each is located by sheet, row and column; values are returned only for a clean file, so
 * an import is all or nothing by construction.
 */
export function readValuesTable(
  table: ValuesTable,
  strategy: Strategy,
  options: ReadValuesOptions = {},
): ValuesReading {
  const rows = table.rows.filter((r) => r.cells.some((c) => !isBlank(c)));
  const header = rows[0];
  const fileLocation = { source: table.source, sheet: table.sheet, header: null };
  if (header === undefined) {
    const problem: ValuesProblem = {
      code: 'EMPTY_FILE',
      location: { ...fileLocation, row: 1, column: null },
      message:
        'the file has no header row: write kpi, period, value (long) or kpi and one column per period (wide) in the first row',
    };
    return { shape: null, values: [], problems: [problem] };
  }
  const reader = new TableReader(table, new StrategyIndex(strategy));
  reader.headers = header.cells.map(cellText);
  const recognized = recognizeHeader(header, (column, message, code) =>
    reader.problemAt(header.row, column, message, code),
  );
  reader.problems.push(...recognized.problems);
  const fallback = reader.fallbackScorecard(options.scorecard ?? null, header.row);
  const shape = recognized.shape;
  if (shape !== null && fallback !== undefined) {
    for (const row of rows.slice(1)) {
      reader.checkHeaderless(row);
      if (shape.shape === 'long') reader.longRow(row, shape, fallback);
      else reader.wideRow(row, shape, fallback);
    }
  }
  const problems = reader.problems;
  return {
    shape: shape?.shape ?? null,
    values: problems.length === 0 ? [...reader.values.values()] : [],
    problems,
  };
}

type LongShape = Extract<TableShape, { shape: 'long' }>;
type WideShape = Extract<TableShape, { shape: 'wide' }>;

/** The state of one read: the problems so far and the values by KPI and period. */
class TableReader {
  readonly problems: ValuesProblem[] = [];
  readonly values = new Map<string, ImportedValue>();
  headers: readonly string[] = [];

  constructor(
    private readonly table: ValuesTable,
    private readonly index: StrategyIndex,
  ) {}

  locationAt(row: number, column: number | null): CellLocation {
    const header = column === null ? null : (this.headers[column] ?? null);
    return { source: this.table.source, sheet: this.table.sheet, row, column, header };
  }

  problemAt(
    row: number,
    column: number | null,
    message: string,
    code: ValuesProblemCode,
  ): ValuesProblem {
    return { code, message, location: this.locationAt(row, column) };
  }

  private report(
    row: number,
    column: number | null,
    message: string,
    code: ValuesProblemCode,
  ): void {
    this.problems.push(this.problemAt(row, column, message, code));
  }

  /** The `--scorecard` option resolved; undefined when it names no (single) scorecard. */
  fallbackScorecard(text: string | null, headerRow: number): Scorecard | null | undefined {
    if (text === null) return null;
    const found = this.index.scorecard(text);
    if (found.ok) return found.value;
    this.report(
      headerRow,
      null,
      `the scorecard given for the file: ${found.message}`,
      `${found.code}_SCORECARD`,
    );
    return undefined;
  }

  /** A value in a column without a header (a trailing delimiter leaves only empty cells there). */
  checkHeaderless(row: TableRow): void {
    row.cells.forEach((cell, i) => {
      if ((this.headers[i] ?? '') === '' && !isBlank(cell)) {
        this.report(
          row.row,
          i,
          `"${cellText(cell)}" is in a column without a header`,
          'CELL_WITHOUT_HEADER',
        );
      }
    });
  }

  longRow(row: TableRow, shape: LongShape, fallback: Scorecard | null): void {
    const { columns } = shape;
    const cell = (column: number | undefined): Cell =>
      column === undefined ? null : (row.cells[column] ?? null);
    const valueCell = cell(columns.value);
    if (isBlank(valueCell)) return; // a row without a value gives nothing to import
    const kpi = this.kpiOf(row, columns.kpi, columns.scorecard, fallback);
    const period = this.periodOf(row.row, columns.period, cell(columns.period));
    const comment = columns.comment === undefined ? null : commentOf(cell(columns.comment));
    this.value(row.row, columns.value, valueCell, kpi, period, comment);
  }

  wideRow(row: TableRow, shape: WideShape, fallback: Scorecard | null): void {
    const filled = shape.periods.filter((p) => !isBlank(row.cells[p.column] ?? null));
    if (filled.length === 0) return;
    const kpi = this.kpiOf(row, shape.kpi, shape.scorecard ?? undefined, fallback);
    for (const { column, period } of filled) {
      this.value(row.row, column, row.cells[column] ?? null, kpi, period, null);
    }
  }

  /** The row's KPI (reported where it is not one importable KPI), or null. */
  private kpiOf(
    row: TableRow,
    kpiColumn: number,
    scorecardColumn: number | undefined,
    fallback: Scorecard | null,
  ): { scorecard: Scorecard; kpi: Kpi } | null {
    let scorecard = fallback;
    const scorecardCell =
      scorecardColumn === undefined ? null : (row.cells[scorecardColumn] ?? null);
    if (scorecardColumn !== undefined && !isBlank(scorecardCell)) {
      const found = this.index.scorecard(cellText(scorecardCell));
      if (!found.ok) {
        this.report(row.row, scorecardColumn, found.message, `${found.code}_SCORECARD`);
        return null;
      }
      scorecard = found.value;
    }
    const kpiCell = row.cells[kpiColumn] ?? null;
    if (isBlank(kpiCell)) {
      this.report(row.row, kpiColumn, 'the row has a value but no KPI', 'MISSING_CELL');
      return null;
    }
    const found = this.index.kpi(cellText(kpiCell), scorecard);
    if (!found.ok) {
      this.report(row.row, kpiColumn, found.message, `${found.code}_KPI`);
      return null;
    }
    const formula = 'formula' in found.value.kpi ? found.value.kpi.formula : null;
    if (typeof formula === 'string' && formula !== '') {
      this.report(
        row.row,
        kpiColumn,
        `"${found.value.kpi.name}" is a calculated KPI (${formula}): its values come from its formula and cannot be imported; import the KPIs it is calculated from`,
        'CALCULATED_KPI',
      );
      return null;
    }
    return found.value;
  }

  private periodOf(row: number, column: number, cell: Cell): PeriodKey | null {
    if (isBlank(cell)) {
      this.report(row, column, 'the row has a value but no period', 'MISSING_CELL');
      return null;
    }
    const parsed = parsePeriodCell(cell);
    if (parsed.ok) return parsed.value;
    this.report(row, column, parsed.message, 'INVALID_PERIOD');
    return null;
  }

  private value(
    row: number,
    column: number,
    cell: Cell,
    target: { scorecard: Scorecard; kpi: Kpi } | null,
    period: PeriodKey | null,
    comment: string | null,
  ): void {
    const parsed = parseNumberCell(cell, this.table.decimalSeparator);
    if (!parsed.ok) {
      this.report(row, column, parsed.message, 'INVALID_NUMBER');
      return;
    }
    if (target === null) return; // the KPI's own problem is reported; the rules need the KPI
    const { kpi, scorecard } = target;
    const refused = unitProblem(kpi, parsed.value, cellText(cell));
    if (refused !== null) {
      this.report(row, column, refused.message, refused.code);
      return;
    }
    const { value } = parsed.value;
    if (period === null) return;
    const location = this.locationAt(row, column);
    const key = `${scorecard.id}\u0000${kpi.id}\u0000${period}`;
    const earlier = this.values.get(key);
    if (earlier === undefined) {
      this.values.set(key, {
        scorecard: scorecard.id,
        kpi: kpi.id,
        period,
        value,
        comment,
        location,
      });
    } else if (earlier.value !== value || earlier.comment !== comment) {
      const what =
        earlier.value !== value ? `${earlier.value}` : `${earlier.value} with another comment`;
      this.report(
        row,
        column,
        `${scorecard.id}/${kpi.id} in ${period} is already given in row ${earlier.location.row} (${what}); a file gives one value per KPI and period`,
        'DUPLICATE_VALUE',
      );
    }
  }
}

function commentOf(cell: Cell): string | null {
  const text = cellText(cell);
  return text === '' ? null : text;
}

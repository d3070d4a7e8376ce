import ExcelJS from 'exceljs';
import { type Cell, closest, isBlank } from '@bearing/core';
import { toCell } from '../xlsx/cell-value.ts';
import { WORKBOOK_SHEETS, normalizeName, type ColumnSpec, type SheetSpec } from './sheets.ts';
import {
  SHEET_PLACE,
  workbookIssue,
  type WorkbookIssue,
  type WorkbookPlace,
} from './workbook-issue.ts';

/** A cell of a data row, with where it is. */
export interface PlacedCell {
  readonly cell: Cell;
  readonly place: WorkbookPlace;
}

/** A data row: its cells by the column's header (as in the spec), and the row's place. */
export interface SheetRow {
  readonly place: WorkbookPlace;
  readonly cells: ReadonlyMap<string, PlacedCell>;
  /** Where the sheet has each column (by spec header), for problems of empty cells. */
  readonly columns: ReadonlyMap<string, { readonly index: number; readonly header: string }>;
}

/** The workbook's sheets by spec name; a sheet that is missing has no rows. */
export type WorkbookSheets = ReadonlyMap<string, readonly SheetRow[]>;

/** Loads an XLSX file; null when the bytes are not one. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer` type; a Node Buffer is what it reads at runtime.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    return workbook;
  } catch {
    return null;
  }
}

/**
 * The workbook's sheets matched to the layout: every unknown sheet or column, missing sheet or
 * column and stray cell is an issue (a typo never drops data silently).
 */
export function readSheets(workbook: ExcelJS.Workbook): {
  sheets: WorkbookSheets;
  issues: WorkbookIssue[];
} {
  const issues: WorkbookIssue[] = [];
  const sheets = new Map<string, SheetRow[]>();
  const known = new Map(WORKBOOK_SHEETS.map((s) => [normalizeName(s.name), s]));
  for (const worksheet of workbook.worksheets) {
    const spec = known.get(normalizeName(worksheet.name));
    if (spec === undefined) {
      const near = closest(
        worksheet.name,
        WORKBOOK_SHEETS.map((s) => s.name),
      );
      issues.push(
        workbookIssue(
          'UNKNOWN_SHEET',
          SHEET_PLACE(worksheet.name),
          `unknown sheet "${worksheet.name}"${near === null ? '' : ` (did you mean "${near}"?)`}`,
          `a strategy workbook has the sheets ${WORKBOOK_SHEETS.map((s) => s.name).join(', ')}`,
        ),
      );
      continue;
    }
    if (sheets.has(spec.name)) {
      issues.push(
        workbookIssue('UNKNOWN_SHEET', SHEET_PLACE(worksheet.name), `a second ${spec.name} sheet`),
      );
      continue;
    }
    sheets.set(spec.name, readSheet(worksheet, spec, issues));
  }
  for (const spec of WORKBOOK_SHEETS) {
    if (spec.required && !sheets.has(spec.name)) {
      issues.push(
        workbookIssue(
          'MISSING_SHEET',
          SHEET_PLACE(spec.name),
          `the workbook has no ${spec.name} sheet`,
          `add a sheet named ${spec.name} with the header ${spec.columns.map((c) => c.header).join(', ')} (bearing export --format xlsx writes a complete workbook)`,
        ),
      );
    }
  }
  return { sheets, issues };
}

function readSheet(
  worksheet: ExcelJS.Worksheet,
  spec: SheetSpec,
  issues: WorkbookIssue[],
): SheetRow[] {
  const raw: { row: number; cells: Cell[] }[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      cells.push(toCell(cell.value, cell.numFmt));
    }
    if (!cells.every(isBlank)) raw.push({ row: rowNumber, cells });
  });
  const [header, ...data] = raw;
  const sheet = worksheet.name;
  if (header === undefined) {
    missingColumns(spec, new Set(), sheet, 1, issues);
    return [];
  }
  const columns = headerColumns(header, spec, sheet, issues);
  const where = new Map<string, { index: number; header: string }>();
  columns.forEach((c, index) => {
    if (c?.spec) where.set(c.spec.header, { index, header: c.header });
  });
  return data.map(({ row, cells }) => {
    const placed = new Map<string, PlacedCell>();
    cells.forEach((cell, i) => {
      if (isBlank(cell)) return;
      const column = columns[i];
      const place = { sheet, row, column: i, header: column?.header ?? null };
      if (column === undefined) {
        issues.push(
          workbookIssue(
            'CELL_WITHOUT_HEADER',
            place,
            `a value (${JSON.stringify(cell)}) in a column without a header`,
          ),
        );
      } else if (column.spec !== null) placed.set(column.spec.header, { cell, place });
    });
    return { place: { sheet, row, column: null, header: null }, cells: placed, columns: where };
  });
}

/** Column index → the spec column (null for a refused header, already reported). */
function headerColumns(
  header: { row: number; cells: readonly Cell[] },
  spec: SheetSpec,
  sheet: string,
  issues: WorkbookIssue[],
): ({ header: string; spec: ColumnSpec | null } | undefined)[] {
  const byName = new Map(spec.columns.map((c) => [normalizeName(c.header), c]));
  const seen = new Set<string>();
  const columns = header.cells.map((cell, i) => {
    if (isBlank(cell)) return undefined;
    const text = String(typeof cell === 'object' && cell !== null ? cell.date : cell).trim();
    const place = { sheet, row: header.row, column: i, header: text };
    const column = byName.get(normalizeName(text));
    if (column === undefined) {
      const near = closest(
        text,
        spec.columns.map((c) => c.header),
      );
      issues.push(
        workbookIssue(
          'UNKNOWN_COLUMN',
          place,
          `unknown column "${text}"${near === null ? '' : ` (did you mean "${near}"?)`}`,
          `the ${spec.name} sheet has the columns ${spec.columns.map((c) => c.header).join(', ')}`,
        ),
      );
      return { header: text, spec: null };
    }
    if (seen.has(column.header)) {
      issues.push(workbookIssue('DUPLICATE_COLUMN', place, `a second "${column.header}" column`));
      return { header: text, spec: null };
    }
    seen.add(column.header);
    return { header: text, spec: column };
  });
  missingColumns(spec, seen, sheet, header.row, issues);
  return columns;
}

function missingColumns(
  spec: SheetSpec,
  seen: ReadonlySet<string>,
  sheet: string,
  row: number,
  issues: WorkbookIssue[],
): void {
  for (const column of spec.columns) {
    if (column.required && !seen.has(column.header)) {
      issues.push(
        workbookIssue(
          'MISSING_COLUMN',
          { sheet, row, column: null, header: null },
          `the ${spec.name} sheet has no "${column.header}" column`,
        ),
      );
    }
  }
}

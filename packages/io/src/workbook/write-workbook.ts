import ExcelJS from 'exceljs';
import { DEFAULT_PERSPECTIVES, type Strategy, toStrategyDocument } from '@bearing/core';
import { type DocObject, documentRows } from './document-rows.ts';
import { WORKBOOK_SHEETS, type ColumnSpec, type SheetSpec } from './sheets.ts';

/**
 * The whole strategy as a workbook a person can read and edit (docs/spreadsheets.md): a sheet
 * per kind of thing, the header row frozen and filterable, ids in the first column, lists as
 * `; `-separated text. Written from the strategy-file document, so every key of the file has a
 * column and reading the workbook back gives the same strategy.
 */
export async function writeStrategyWorkbook(strategy: Strategy): Promise<Uint8Array> {
  const document = toStrategyDocument(strategy) as DocObject;
  const rows = documentRows(document, defaultPerspectives());
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bearing';
  for (const spec of WORKBOOK_SHEETS) addSheet(workbook, spec, rows.get(spec.name) ?? []);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Written out, so a person sees (and can rename) the perspectives a scorecard has by default. */
function defaultPerspectives(): DocObject[] {
  return DEFAULT_PERSPECTIVES.map((p) => ({ id: p.id, name: p.name }));
}

function addSheet(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  rows: readonly (readonly unknown[])[],
): void {
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  sheet.addRow(spec.columns.map((c) => c.header));
  sheet.getRow(1).font = { bold: true };
  for (const values of rows) {
    const row = sheet.addRow(values.map((v, i) => toCellValue(v, spec.columns[i]!)));
    // Text columns stay text: Excel would otherwise turn a period like `2026-03` into a date.
    spec.columns.forEach((c, i) => {
      if (c.kind !== 'number' && c.kind !== 'boolean') row.getCell(i + 1).numFmt = '@';
    });
  }
  spec.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = columnWidth(c, rows, i);
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
}

function toCellValue(value: unknown, column: ColumnSpec): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (column.kind === 'json') return JSON.stringify(value);
  if (Array.isArray(value)) return value.map(String).join('; ');
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return value;
  }
  return JSON.stringify(value);
}

/** Wide enough for the header and most content, never so wide that a long text hides the rest. */
function columnWidth(
  column: ColumnSpec,
  rows: readonly (readonly unknown[])[],
  index: number,
): number {
  let longest = column.header.length;
  for (const row of rows) {
    const cell = toCellValue(row[index], column);
    if (cell !== null) longest = Math.max(longest, String(cell).length);
  }
  return Math.min(60, Math.max(8, longest + 2));
}

import ExcelJS from 'exceljs';
import type { Cell, TableRow, ValuesTable } from '@bearing/core';
import { ValuesFileError } from '../errors.ts';
import { toCell } from './cell-value.ts';

/** The sheet a values workbook keeps its values on, when it has several (the strategy workbook). */
export const VALUES_SHEET = 'Values';

/**
 * The values sheet of an XLSX workbook as a table: the sheet named "Values" (any case) when
 * there is one, else the first sheet. Row numbers are the sheet's own.
 */
export async function readXlsxTable(bytes: Uint8Array, source: string): Promise<ValuesTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer` type; a Node Buffer is what it reads at runtime.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new ValuesFileError(
      `${source} is not a readable XLSX workbook (${(error as Error).message}); save it from your spreadsheet program as "Excel Workbook (.xlsx)" or as CSV`,
    );
  }
  return valuesTableOf(workbook, source);
}

/** The values sheet of a loaded workbook as a table (see readXlsxTable). */
export function valuesTableOf(workbook: ExcelJS.Workbook, source: string): ValuesTable {
  const sheet =
    workbook.worksheets.find((s) => s.name.toLowerCase() === VALUES_SHEET.toLowerCase()) ??
    workbook.worksheets[0];
  if (sheet === undefined) throw new ValuesFileError(`${source} has no sheets`);
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      cells.push(toCell(cell.value, cell.numFmt));
    }
    rows.push({ row: rowNumber, cells });
  });
  return { source, sheet: sheet.name, decimalSeparator: '.', rows };
}

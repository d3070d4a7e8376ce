import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { LONG_HEADER, type LongValueRow } from '@bearing/core';
import { VALUES_SHEET } from './xlsx/read-xlsx.ts';

/**
 * Values in the long shape as CSV: comma-separated, `.` decimals, with a BOM so that Excel
 * opens the UTF-8 (accented names, comments) correctly; Bearing's reader skips the BOM.
 */
export function valuesToCsv(rows: readonly LongValueRow[]): string {
  return `\uFEFF${stringify(
    rows.map((r) => [r.scorecard, r.kpi, r.period, r.value, r.comment ?? '']),
    { header: true, columns: [...LONG_HEADER] },
  )}`;
}

/**
 * Values in the long shape as an XLSX workbook with one sheet, "Values": the header frozen,
 * periods as text (so Excel never turns `2026-03` into a date), values as numbers.
 */
export async function valuesToXlsx(rows: readonly LongValueRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(VALUES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = LONG_HEADER.map((header) => ({
    header,
    key: header,
    width: header === 'comment' ? 40 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = sheet.addRow([r.scorecard, r.kpi, r.period, r.value, r.comment ?? null]);
    row.getCell(3).numFmt = '@';
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

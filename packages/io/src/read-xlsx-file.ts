import { ValuesFileError } from './errors.ts';
import { valuesTableOf } from './xlsx/read-xlsx.ts';
import { loadWorkbook } from './workbook/read-sheets.ts';
import {
  hasStrategySheets,
  strategyOfWorkbook,
  type WorkbookResult,
} from './workbook/read-workbook.ts';
import type { ValuesTable } from '@bearing/core';

export type XlsxFile =
  | { readonly kind: 'strategy'; readonly result: WorkbookResult }
  | { readonly kind: 'values'; readonly table: ValuesTable };

/**
 * An .xlsx file for `bearing import`: a strategy workbook (it has a Scorecards sheet) or a values
 * file, told apart by its sheets. The file is loaded once, which matters for large values files.
 */
export async function readXlsxFile(bytes: Uint8Array, source: string): Promise<XlsxFile> {
  const workbook = await loadWorkbook(bytes);
  if (workbook === null) {
    throw new ValuesFileError(
      `${source} is not a readable XLSX workbook; save it from your spreadsheet program as "Excel Workbook (.xlsx)" or as CSV`,
    );
  }
  return hasStrategySheets(workbook)
    ? { kind: 'strategy', result: strategyOfWorkbook(workbook) }
    : { kind: 'values', table: valuesTableOf(workbook, source) };
}

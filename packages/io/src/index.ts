/**
 * @bearing/io — files in and out: CSV and XLSX values files as tables of cells for core's
 * reader, and values written back in the long shape. No database, no HTTP: the CLI and the
 * server both use it.
 */
export { detectDelimiter, type CsvDelimiter } from './csv/detect-delimiter.ts';
export { readCsvTable } from './csv/read-csv.ts';
export { readXlsxTable, VALUES_SHEET } from './xlsx/read-xlsx.ts';
export { ValuesFileError } from './errors.ts';
export { isValuesFileName, readValuesFile, VALUES_FILE_EXTENSIONS } from './read-values-file.ts';
export { valuesToCsv, valuesToXlsx } from './write-values.ts';
export { writeStrategyWorkbook } from './workbook/write-workbook.ts';
export {
  isStrategyWorkbook,
  readStrategyWorkbook,
  type WorkbookResult,
} from './workbook/read-workbook.ts';
export {
  WORKBOOK_ISSUE_CODES,
  formatWorkbookIssue,
  type WorkbookIssue,
  type WorkbookIssueCode,
} from './workbook/workbook-issue.ts';
export { WORKBOOK_SHEETS } from './workbook/sheets.ts';
export { readXlsxFile, type XlsxFile } from './read-xlsx-file.ts';

import { type FileIssueCode, columnLetter } from '@bearing/core';

/** Problems of the workbook itself, before (or besides) those the strategy file has. */
export const WORKBOOK_ISSUE_CODES = [
  'NOT_A_WORKBOOK', // the bytes are not a readable XLSX file
  'MISSING_SHEET',
  'UNKNOWN_SHEET',
  'MISSING_COLUMN',
  'UNKNOWN_COLUMN',
  'DUPLICATE_COLUMN',
  'CELL_WITHOUT_HEADER',
  'DUPLICATE_VALUE', // the same KPI and period twice (Values, Targets)
] as const;
export type WorkbookIssueCode = (typeof WORKBOOK_ISSUE_CODES)[number] | FileIssueCode;

/** A place in the workbook: a sheet, a row of it, a cell of that row. */
export interface WorkbookPlace {
  readonly sheet: string | null;
  /** 1-based, as the spreadsheet program numbers it; null for a whole sheet or workbook. */
  readonly row: number | null;
  /** 0-based; null for a whole row. */
  readonly column: number | null;
  /** The column's header as the workbook has it. */
  readonly header: string | null;
}

export interface WorkbookIssue extends WorkbookPlace {
  readonly code: WorkbookIssueCode;
  /** The place as text, `sheet KPIs, row 7, column D (target)`: what the API returns as `path`. */
  readonly path: string;
  readonly message: string;
  readonly hint: string | null;
}

export function workbookIssue(
  code: WorkbookIssueCode,
  place: WorkbookPlace,
  message: string,
  hint: string | null = null,
): WorkbookIssue {
  return { code, ...place, path: placePath(place), message, hint };
}

/** `sheet KPIs, row 7, column D (target)`; '' for the workbook as a whole. */
export function placePath(place: WorkbookPlace): string {
  const parts: string[] = [];
  if (place.sheet !== null) parts.push(`sheet ${place.sheet}`);
  if (place.row !== null) parts.push(`row ${place.row}`);
  if (place.column !== null) {
    const header = place.header === null || place.header === '' ? '' : ` (${place.header})`;
    parts.push(`column ${columnLetter(place.column)}${header}`);
  }
  return parts.join(', ');
}

/** `strategy.xlsx: sheet KPIs, row 7, column D (target): expected a number, got "n/a"`. */
export function formatWorkbookIssue(source: string, issue: WorkbookIssue): string {
  const at = issue.path === '' ? source : `${source}: ${issue.path}`;
  return `${at}: ${issue.message}`;
}

export const SHEET_PLACE = (sheet: string): WorkbookPlace => ({
  sheet,
  row: null,
  column: null,
  header: null,
});

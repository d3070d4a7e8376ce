import type ExcelJS from 'exceljs';
import { type FileIssue, type Strategy, validateStrategyData } from '@bearing/core';
import { assembleDocument } from './assemble.ts';
import type { Locations } from './locations.ts';
import { loadWorkbook, readSheets } from './read-sheets.ts';
import { SCORECARDS, WORKBOOK_SHEETS, normalizeName } from './sheets.ts';
import { workbookIssue, type WorkbookIssue } from './workbook-issue.ts';

export type WorkbookResult =
  | { readonly ok: true; readonly value: Strategy }
  | { readonly ok: false; readonly issues: readonly WorkbookIssue[] };

const WHOLE_WORKBOOK = { sheet: null, row: null, column: null, header: null } as const;

/**
 * A strategy workbook (as `writeStrategyWorkbook` writes it, or edited by a person) read back
 * into a strategy. The sheets become the same document a strategy file holds and go through the
 * same validation; every problem is reported at once, at its sheet, row and column.
 */
export async function readStrategyWorkbook(bytes: Uint8Array): Promise<WorkbookResult> {
  const workbook = await loadWorkbook(bytes);
  if (workbook === null) {
    return {
      ok: false,
      issues: [
        workbookIssue(
          'NOT_A_WORKBOOK',
          WHOLE_WORKBOOK,
          'not a readable XLSX workbook',
          'save it from your spreadsheet program as "Excel Workbook (.xlsx)"',
        ),
      ],
    };
  }
  return strategyOfWorkbook(workbook);
}

/** A loaded strategy workbook as a strategy (see readStrategyWorkbook). */
export function strategyOfWorkbook(workbook: ExcelJS.Workbook): WorkbookResult {
  const read = readSheets(workbook);
  // A sheet or column that is missing or misnamed would make every row look wrong: say only that.
  if (read.issues.length > 0) return { ok: false, issues: read.issues };
  const assembly = assembleDocument(read.sheets);
  const validated = validateStrategyData(assembly.document);
  const issues = [
    ...assembly.issues,
    ...(validated.ok ? [] : validated.issues.map((i) => located(i, assembly.locations))),
  ];
  if (issues.length > 0) return { ok: false, issues: inSheetOrder(issues) };
  if (!validated.ok) throw new Error('unreachable: validation failed without issues');
  return { ok: true, value: validated.value };
}

/** True when the workbook is a strategy workbook (it has a Scorecards sheet), not values only. */
export async function isStrategyWorkbook(bytes: Uint8Array): Promise<boolean> {
  const workbook = await loadWorkbook(bytes);
  return workbook !== null && hasStrategySheets(workbook);
}

export function hasStrategySheets(workbook: ExcelJS.Workbook): boolean {
  return workbook.worksheets.some((s) => normalizeName(s.name) === normalizeName(SCORECARDS.name));
}

/** A strategy-file issue at the cell its path came from; a bad value names what it got. */
function located(issue: FileIssue, locations: Locations): WorkbookIssue {
  const found = locations.find(issue.path, issue.code);
  const place = found?.place ?? WHOLE_WORKBOOK;
  const got =
    issue.code === 'INVALID_TYPE' && found?.content && !issue.message.includes(' got ')
      ? `, got ${JSON.stringify(found.content)}`
      : '';
  // Without a cell of its own, the file's path says which part of the row is meant.
  const where = place.column === null && issue.path !== '' ? ` (at ${issue.path})` : '';
  return workbookIssue(issue.code, place, `${issue.message}${got}${where}`, issue.hint);
}

/** Sheet by sheet in the workbook's order, then by row and column, as a person fixes them. */
function inSheetOrder(issues: readonly WorkbookIssue[]): WorkbookIssue[] {
  const order = WORKBOOK_SHEETS.map((s) => s.name);
  const sheet = (name: string | null) => (name === null ? -1 : order.indexOf(name));
  const n = (x: number | null) => x ?? -1;
  return [...issues].sort(
    (a, b) => sheet(a.sheet) - sheet(b.sheet) || n(a.row) - n(b.row) || n(a.column) - n(b.column),
  );
}

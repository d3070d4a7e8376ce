import {
  type ValuesImportResultJson,
  type ValuesTable,
  longValueRows,
  valuesProblemsDetails,
} from '@bearing/core';
import { type Executor, type WriteContext, importValuesTable, loadStrategy } from '@bearing/db';
import {
  ValuesFileError,
  readCsvTable,
  readXlsxTable,
  valuesToCsv,
  valuesToXlsx,
} from '@bearing/io';
import { ApiError } from '../errors.ts';
import { MAX_REPORTED_ISSUES } from './import-limits.ts';

/** The two kinds of values file, by the media type they are sent with. */
export type ValuesFileKind = 'csv' | 'xlsx';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the problems of an upload are located in: `values.csv: row 3 …` in a person's words. */
export const UPLOAD_SOURCE: Readonly<Record<ValuesFileKind, string>> = {
  csv: 'values.csv',
  xlsx: 'values.xlsx',
};

export interface ValuesFileImport {
  readonly kind: ValuesFileKind;
  readonly bytes: Uint8Array;
  /** The scorecard (id or name) of rows that name none; null: KPIs must be unambiguous. */
  readonly scorecard: string | null;
  readonly dryRun: boolean;
}

/**
 * Reads an uploaded values file and imports it with db's `importValuesTable`: all or nothing in
 * one transaction, the change log under `ctx.actor`. A file with problems is the 422
 * `INVALID_VALUES` listing them, located, with the rows they are on; a file that is no CSV or
 * workbook at all is the 422 `UNREADABLE_FILE`. Runs on the event loop or on the import worker.
 */
export async function importValuesFile(
  db: Executor,
  workspace: string,
  file: ValuesFileImport,
  ctx: WriteContext,
): Promise<ValuesImportResultJson> {
  const table = await readUpload(file.kind, file.bytes);
  const result = await importValuesTable(
    db,
    workspace,
    { table, scorecard: file.scorecard, dryRun: file.dryRun },
    ctx,
  );
  if (!result.ok) {
    const count = result.problems.length;
    const details = valuesProblemsDetails(table, result.problems, MAX_REPORTED_ISSUES);
    const listed =
      details.moreProblems > 0 ? ` (the first ${details.problems.length} are listed)` : '';
    throw new ApiError(
      'INVALID_VALUES',
      `the values file has ${count} problem${count === 1 ? '' : 's'}${listed}; nothing was imported`,
      'body',
      { ...details },
    );
  }
  const { shape, diff } = result;
  return { shape, dryRun: file.dryRun, counts: { ...diff.counts }, changes: [...diff.changes] };
}

async function readUpload(kind: ValuesFileKind, bytes: Uint8Array): Promise<ValuesTable> {
  try {
    return kind === 'csv'
      ? readCsvTable(bytes, UPLOAD_SOURCE.csv)
      : await readXlsxTable(bytes, UPLOAD_SOURCE.xlsx);
  } catch (error) {
    if (error instanceof ValuesFileError)
      throw new ApiError('UNREADABLE_FILE', error.message, 'body');
    throw error;
  }
}

/** Every stored value of the workspace (or of one scorecard) in the long shape, as a file. */
export async function exportValuesFile(
  db: Executor,
  workspace: string,
  kind: ValuesFileKind,
  scorecard: string | null,
): Promise<string | Uint8Array> {
  const strategy = await loadStrategy(db, workspace);
  if (scorecard !== null && !strategy.scorecards.some((s) => s.id === scorecard)) {
    throw new ApiError(
      'NOT_FOUND',
      `no scorecard "${scorecard}" in workspace "${workspace}"`,
      'query.scorecard',
    );
  }
  const rows = longValueRows(strategy, scorecard);
  return kind === 'csv' ? valuesToCsv(rows) : valuesToXlsx(rows);
}

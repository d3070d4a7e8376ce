import { resolve } from 'node:path';
import {
  type ValueChange,
  type ValuesDiff,
  type ValuesProblem,
  type ValuesProblemJson,
  type ValuesTable,
  valuesImportProblemsSchema,
  valuesImportResultSchema,
  valuesProblemJson,
} from '@bearing/core';
import { NotFoundError, importValuesTable } from '@bearing/db';
import { CliError, EXIT_FAILURE, EXIT_INVALID } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { printJson } from '../output/json.ts';
import { type Progress, progressBar } from '../output/progress.ts';
import {
  apiFailure,
  callServer,
  withLocalDatabase,
  workspaceApi,
  type TransferOptions,
} from './transfer-target.ts';
import { readValuesTableFile } from './values-source.ts';
import { describeCounts, printDryRun, printJsonResult, printProblems } from './values-output.ts';

export interface ValuesImportOptions extends TransferOptions {
  readonly scorecard?: string;
  readonly dryRun?: true;
  readonly json?: true;
}

/**
 * `bearing import FILE.csv|FILE.xlsx`: a values file, all or nothing. The file is read against
 * the workspace's strategy; any problem lists every problem located (exit 2) and writes nothing;
 * otherwise the new and changed values are written where hand-entered values are, so the change
 * log names the importer. `--dry-run` says what would change and writes nothing.
 */
export async function importValues(
  io: Io,
  file: string,
  options: ValuesImportOptions,
  /** The file already read (an .xlsx told apart from a strategy workbook). */
  read?: ValuesTable,
): Promise<void> {
  const table = read ?? (await readValuesTableFile(io, file));
  const result =
    options.server === undefined
      ? await importLocally(io, table, options)
      : await importThroughServer(io, table, file, options);
  const dryRun = options.dryRun === true;
  if (options.json) printJsonResult(io, file, { shape: result.shape, dryRun, diff: result.diff });
  else if (dryRun) printDryRun(io, file, result.diff);
  else {
    const colors = colorsFor(io);
    io.stdout(
      `${colors.green('✔')} imported ${file} into workspace "${options.workspace}": ${describeCounts(result.diff.counts)}\n`,
    );
  }
}

interface Planned {
  readonly shape: string | null;
  readonly diff: ValuesDiff;
}

/** Lists every problem (stderr, or stdout as JSON) and stops with exit 2. */
function refuse(
  io: Io,
  table: ValuesTable,
  problems: readonly ValuesProblem[],
  options: ValuesImportOptions,
): never {
  if (options.json) {
    printJson(io, { file: table.source, valid: false, problems: problems.map(valuesProblemJson) });
  } else printProblems(io, problems);
  const count = problems.length;
  throw new CliError(
    EXIT_INVALID,
    `${table.source}: ${count} problem${count === 1 ? '' : 's'}; nothing was imported`,
  );
}

/** The local database: read, checked and written in one transaction (db's importValuesTable). */
function importLocally(io: Io, table: ValuesTable, options: ValuesImportOptions): Promise<Planned> {
  return withLocalDatabase(io, options, async (database) => {
    const progress = { bar: null as Progress | null };
    const request = {
      table,
      scorecard: options.scorecard ?? null,
      dryRun: options.dryRun === true,
      onProgress: (done: number, total: number) => {
        progress.bar ??= progressBar(io, `writing ${table.source}`, total);
        progress.bar.update(done);
      },
    };
    const ctx = { actor: io.env['USER'] ?? 'cli', now: new Date() };
    let result;
    try {
      result = await importValuesTable(database.db, options.workspace, request, ctx);
    } catch (error) {
      if (error instanceof NotFoundError) {
        throw new CliError(EXIT_INVALID, `${error.message}; nothing was imported`);
      }
      throw error;
    } finally {
      progress.bar?.finish();
    }
    if (!result.ok) refuse(io, table, result.problems, options);
    return result;
  });
}

/**
 * Through a server: the file's bytes go to its values import endpoint, which reads them as the
 * local import does and writes them in ONE transaction under its access checks and change log
 * (POST …/values/import). Its problems come back located, and are listed as local ones are.
 */
async function importThroughServer(
  io: Io,
  table: ValuesTable,
  file: string,
  options: ValuesImportOptions,
): Promise<Planned> {
  const query = new URLSearchParams();
  if (options.dryRun) query.set('dryRun', 'true');
  if (options.scorecard !== undefined) query.set('scorecard', options.scorecard);
  const search = query.size > 0 ? `?${query.toString()}` : '';
  const bytes = await io.readBytes(resolve(io.cwd, file));
  const response = await callServer(
    `${workspaceApi(options)}/values/import${search}`,
    {
      method: 'POST',
      headers: { 'content-type': table.sheet === null ? 'text/csv' : XLSX_MEDIA_TYPE },
      body: new Uint8Array(bytes),
    },
    options.token,
  );
  if (response.status === 422) {
    const failure = await apiFailure(response);
    const details = valuesImportProblemsSchema
      .partial()
      .safeParse((failure.body as { error?: unknown } | null)?.error);
    const problems = details.success ? (details.data.problems ?? []) : [];
    if (failure.code === 'INVALID_VALUES' && problems.length > 0) {
      refuse(
        io,
        table,
        problems.map((p) => problemOf(table, p)),
        options,
      );
    }
    throw new CliError(EXIT_INVALID, `${table.source}: ${failure.message}`);
  }
  if (!response.ok) throw await refused(response);
  const result = valuesImportResultSchema.parse(await response.json());
  return {
    shape: result.shape,
    diff: { counts: result.counts, changes: result.changes as unknown as ValueChange[] },
  };
}

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A problem the server sent, located in the file as the user named it. */
function problemOf(table: ValuesTable, p: ValuesProblemJson): ValuesProblem {
  const { code, message, sheet, row, column, header } = p;
  return { code, message, location: { source: table.source, sheet, row, column, header } };
}

async function refused(response: Response): Promise<CliError> {
  const failure = await apiFailure(response);
  return new CliError(
    response.status < 500 ? EXIT_INVALID : EXIT_FAILURE,
    `the server refused the import: ${failure.code}: ${failure.message}`,
  );
}

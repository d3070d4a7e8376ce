import {
  type Strategy,
  type ValuesDiff,
  type ValuesProblem,
  type ValuesTable,
  diffValues,
  parseStrategyText,
  readValuesTable,
} from '@bearing/core';
import { NotFoundError, changesByScorecard, importValuesTable, valueInput } from '@bearing/db';
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
import {
  describeCounts,
  printDryRun,
  printJsonResult,
  printProblems,
  problemsJson,
} from './values-output.ts';

export interface ValuesImportOptions extends TransferOptions {
  readonly scorecard?: string;
  readonly dryRun?: true;
  readonly json?: true;
}

/** The most values the bulk values endpoint takes in one request. */
const BULK_LIMIT = 10_000;

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
      : await importThroughServer(io, table, options);
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

/** Reads the table against the strategy; a file with problems stops here, listing them all. */
function plan(
  io: Io,
  table: ValuesTable,
  strategy: Strategy,
  options: ValuesImportOptions,
): Planned {
  const reading = readValuesTable(table, strategy, { scorecard: options.scorecard ?? null });
  if (reading.problems.length > 0) refuse(io, table, reading.problems, options);
  return { shape: reading.shape, diff: diffValues(strategy, reading.values) };
}

/** Lists every problem (stderr, or stdout as JSON) and stops with exit 2. */
function refuse(
  io: Io,
  table: ValuesTable,
  problems: readonly ValuesProblem[],
  options: ValuesImportOptions,
): never {
  if (options.json) {
    printJson(io, { file: table.source, valid: false, problems: problemsJson(problems) });
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
 * Through a server: its strategy (the export) is what the file is checked against, and the
 * values go through its bulk values endpoint, so its access checks and change log apply. Each
 * request is one transaction; a file spanning several scorecards (or more than 10,000 values)
 * is several requests, sent only after the whole file has passed every check.
 */
async function importThroughServer(
  io: Io,
  table: ValuesTable,
  options: ValuesImportOptions,
): Promise<Planned> {
  const api = workspaceApi(options);
  const planned = plan(io, table, await serverStrategy(api), options);
  if (options.dryRun) return planned;
  for (const [scorecard, changes] of changesByScorecard(planned.diff.changes)) {
    for (let i = 0; i < changes.length; i += BULK_LIMIT) {
      const values = changes.slice(i, i + BULK_LIMIT).map(valueInput);
      const response = await callServer(
        `${api}/scorecards/${encodeURIComponent(scorecard)}/values`,
        {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ values }),
        },
      );
      if (!response.ok) throw await refused(response);
    }
  }
  return planned;
}

async function serverStrategy(api: string): Promise<Strategy> {
  const response = await callServer(`${api}/export?format=json`, { method: 'GET' });
  if (!response.ok) throw await refused(response);
  const parsed = parseStrategyText(await response.text(), 'json');
  if (!parsed.ok)
    throw new CliError(EXIT_FAILURE, 'the server sent a strategy that does not validate');
  return parsed.value;
}

async function refused(response: Response): Promise<CliError> {
  const failure = await apiFailure(response);
  return new CliError(
    response.status < 500 ? EXIT_INVALID : EXIT_FAILURE,
    `the server refused the import: ${failure.code}: ${failure.message}`,
  );
}

import type { Command } from 'commander';
import { type FileIssue, type Strategy, stringifyStrategy } from '@bearing/core';
import { DuplicateKeyError, NotFoundError, saveStrategy } from '@bearing/db';
import { CliError, EXIT_FAILURE, EXIT_INVALID } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { formatIssues } from '../output/issues.ts';
import { DB_OPTION_HELP } from './database-url.ts';
import { importValues, type ValuesImportOptions } from './import-values.ts';
import { readXlsxImport } from './import-workbook.ts';
import { readStrategy, readText } from './load.ts';
import { isValuesFileName } from '@bearing/io';
import {
  SERVER_OPTION_HELP,
  apiFailure,
  callServer,
  TOKEN_OPTION_HELP,
  withServerToken,
  withLocalDatabase,
  workspaceApi,
  type TransferOptions,
} from './transfer-target.ts';

interface ImportOptions extends TransferOptions, ValuesImportOptions {
  readonly replace?: true;
}

/**
 * `bearing import FILE`: a strategy file (.yaml, .json), the strategy workbook (.xlsx with a
 * Scorecards sheet) or a values file (.csv, .xlsx) into the local database or a running server.
 */
export function registerImportCommand(program: Command, io: Io): void {
  program
    .command('import')
    .description(
      'import a strategy file or a values file into the database (all or nothing), locally or through a server',
    )
    .argument(
      '<file>',
      'strategy file (.yaml, .yml or .json), strategy workbook (.xlsx) or values file (.csv or .xlsx)',
    )
    .option('--server <url>', SERVER_OPTION_HELP)
    .option('--token <token>', TOKEN_OPTION_HELP)
    .option('--db <url>', DB_OPTION_HELP)
    .option('--workspace <id>', 'the workspace to import into', 'default')
    .option(
      '--replace',
      'replace every scorecard of the workspace instead of refusing ids that exist',
    )
    .option('--scorecard <id>', 'values file: the scorecard (id or name) of rows that name none')
    .option(
      '--dry-run',
      'values file: show what would change (new, changed, unchanged); write nothing',
    )
    .option('--json', 'values file: print the changes (or the problems) as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing import strategy.yaml\n  $ bearing import strategy.yaml --server http://127.0.0.1:4600 --replace\n  $ bearing import strategy.xlsx --replace\n  $ bearing import march.xlsx --dry-run\n  $ bearing import values.csv --scorecard corporate',
    )
    .action(async (file: string, given: ImportOptions) => {
      const options = withServerToken(io, given);
      const xlsx = file.toLowerCase().endsWith('.xlsx') ? await readXlsxImport(io, file) : null;
      const workbook = xlsx?.kind === 'workbook' ? xlsx.strategy : null;
      if (workbook === null && isValuesFileName(file)) {
        if (options.replace)
          throw new CliError(
            EXIT_INVALID,
            '--replace is for strategy files; a values file adds and changes values',
          );
        await importValues(io, file, options, xlsx?.kind === 'values' ? xlsx.table : undefined);
        return;
      }
      const valuesOnly = (['scorecard', 'dryRun', 'json'] as const).filter(
        (o) => options[o] !== undefined,
      );
      if (valuesOnly.length > 0) {
        throw new CliError(
          EXIT_INVALID,
          `--${valuesOnly[0] === 'dryRun' ? 'dry-run' : valuesOnly[0]} is for values files (.csv, .xlsx), not strategy files or workbooks`,
        );
      }
      const ids =
        options.server === undefined
          ? await importLocally(io, workbook ?? (await validStrategy(io, file)), options)
          : await importThroughServer(io, file, workbook, options);
      const colors = colorsFor(io);
      io.stdout(
        `${colors.green('✔')} imported ${ids.length} scorecard${ids.length === 1 ? '' : 's'} into workspace "${options.workspace}": ${ids.join(', ')}\n`,
      );
    });
}

async function importLocally(
  io: Io,
  strategy: Strategy,
  options: ImportOptions,
): Promise<readonly string[]> {
  return withLocalDatabase(io, options, async (database) => {
    try {
      await saveStrategy(database.db, options.workspace, strategy, {
        actor: io.env['USER'] ?? 'cli',
        now: new Date(),
        replace: options.replace === true,
      });
    } catch (error) {
      if (error instanceof DuplicateKeyError) {
        throw duplicate(
          `${error.entity} "${error.key}" is already in workspace "${options.workspace}"`,
        );
      }
      if (error instanceof NotFoundError)
        throw new CliError(EXIT_INVALID, `${error.message}; nothing was imported`);
      throw error;
    }
    return strategy.scorecards.map((s) => s.id);
  });
}

/**
 * Sends the file to the strategy import endpoint; a workbook (already validated here) is sent as
 * the strategy file it stands for, in JSON.
 */
async function importThroughServer(
  io: Io,
  file: string,
  workbook: Strategy | null,
  options: ImportOptions,
): Promise<readonly string[]> {
  const text = workbook === null ? await readText(io, file) : stringifyStrategy(workbook, 'json');
  const json = workbook !== null || file.toLowerCase().endsWith('.json');
  const url = `${workspaceApi(options)}/import${options.replace ? '?replace=true' : ''}`;
  const response = await callServer(
    url,
    {
      method: 'POST',
      headers: { 'content-type': json ? 'application/json' : 'application/yaml' },
      body: text,
    },
    options.token,
  );
  if (response.ok) return ((await response.json()) as { scorecards: string[] }).scorecards;
  const failure = await apiFailure(response);
  const issues = (failure.body as { error?: { issues?: FileIssue[] } } | null)?.error?.issues;
  if (issues !== undefined) {
    io.stderr(formatIssues(file, issues, colorsFor(io)));
    throw new CliError(EXIT_INVALID, `${file} is not a valid strategy file; nothing was imported`);
  }
  if (failure.code === 'DUPLICATE_KEY') throw duplicate(failure.message);
  throw new CliError(
    response.status < 500 ? EXIT_INVALID : EXIT_FAILURE,
    `the server refused the import: ${failure.code}: ${failure.message}`,
  );
}

async function validStrategy(io: Io, file: string): Promise<Strategy> {
  const result = await readStrategy(io, file);
  if (result.ok) return result.strategy;
  io.stderr(formatIssues(file, result.issues, colorsFor(io)));
  throw new CliError(EXIT_INVALID, `${file} is not a valid strategy file; nothing was imported`);
}

function duplicate(message: string): CliError {
  return new CliError(
    EXIT_INVALID,
    `${message}; nothing was imported (use --replace to replace the workspace's scorecards)`,
  );
}

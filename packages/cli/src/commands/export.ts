import type { Command } from 'commander';
import { stringifyStrategy } from '@bearing/core';
import { NotFoundError, loadStrategy } from '@bearing/db';
import { CliError, EXIT_FAILURE, EXIT_INVALID } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { DB_OPTION_HELP } from './database-url.ts';
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
import { resolve } from 'node:path';
import { VALUES_FORMATS, exportValues } from './export-values.ts';
import { exportWorkbook } from './export-workbook.ts';

interface ExportOptions extends TransferOptions {
  readonly format: string;
  readonly out?: string;
  readonly scorecard?: string;
}

const FORMATS = ['yaml', 'json', 'xlsx', ...VALUES_FORMATS] as const;
const isFormat = (f: string): f is (typeof FORMATS)[number] =>
  (FORMATS as readonly string[]).includes(f);

/**
 * `bearing export`: a workspace as a strategy file or a strategy workbook (xlsx), or its values
 * as CSV or XLSX (long shape, `values-xlsx`),
 * from the local database or a running server.
 */
export function registerExportCommand(program: Command, io: Io): void {
  program
    .command('export')
    .description(
      'write a workspace as a strategy file or workbook, or its values as csv or xlsx (to stdout or --out), locally or through a server',
    )
    .option('--server <url>', SERVER_OPTION_HELP)
    .option('--token <token>', TOKEN_OPTION_HELP)
    .option('--db <url>', DB_OPTION_HELP)
    .option('--workspace <id>', 'the workspace to export', 'default')
    .option(
      '--format <format>',
      'yaml or json (strategy file), xlsx (strategy workbook), csv or values-xlsx (values)',
      'yaml',
    )
    .option('--out <file>', 'write to this file instead of stdout (xlsx needs it)')
    .option('--scorecard <id>', "csv, values-xlsx: only this scorecard's values")
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing export --out strategy.yaml\n  $ bearing export --server http://127.0.0.1:4600 --format json\n  $ bearing export --format xlsx --out strategy.xlsx\n  $ bearing export --format values-xlsx --out values.xlsx',
    )
    .action(async (given: ExportOptions) => {
      const options = withServerToken(io, given);
      const format = options.format;
      if (!isFormat(format)) {
        throw new CliError(
          EXIT_INVALID,
          `--format expects yaml or json (a strategy file), xlsx (the strategy workbook), or csv or values-xlsx (values), got "${format}"`,
        );
      }
      if (format.endsWith('xlsx') && options.out === undefined) {
        throw new CliError(
          EXIT_INVALID,
          `--format ${format} writes a binary workbook: give --out FILE.xlsx`,
        );
      }
      if (format === 'csv' || format === 'values-xlsx') {
        const data = await exportValues(io, format, options);
        if (options.out !== undefined) {
          await io.writeFile(resolve(io.cwd, options.out), data, { exclusive: false });
        } else if (typeof data === 'string') io.stdout(data);
        return;
      }
      if (options.scorecard !== undefined) {
        throw new CliError(
          EXIT_INVALID,
          '--scorecard is for --format csv or values-xlsx; a strategy file or workbook has every scorecard',
        );
      }
      if (format === 'xlsx') {
        await io.writeFile(resolve(io.cwd, options.out!), await exportWorkbook(io, options), {
          exclusive: false,
        });
        return;
      }
      const text =
        options.server === undefined
          ? await withLocalDatabase(io, options, async (database) => {
              try {
                return stringifyStrategy(
                  await loadStrategy(database.db, options.workspace),
                  format,
                );
              } catch (error) {
                if (error instanceof NotFoundError) throw new CliError(EXIT_INVALID, error.message);
                throw error;
              }
            })
          : await exportThroughServer(options, format);
      if (options.out === undefined) io.stdout(text);
      else await io.writeFile(resolve(io.cwd, options.out), text, { exclusive: false });
    });
}

async function exportThroughServer(
  options: ExportOptions,
  format: 'yaml' | 'json',
): Promise<string> {
  const response = await callServer(
    `${workspaceApi(options)}/export?format=${format}`,
    {
      method: 'GET',
    },
    options.token,
  );
  if (response.ok) return response.text();
  const failure = await apiFailure(response);
  throw new CliError(
    response.status < 500 ? EXIT_INVALID : EXIT_FAILURE,
    `the server refused the export: ${failure.code}: ${failure.message}`,
  );
}

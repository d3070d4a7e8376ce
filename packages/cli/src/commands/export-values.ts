import { longValueRows, parseStrategyText, type Strategy } from '@bearing/core';
import { NotFoundError, loadStrategy } from '@bearing/db';
import { valuesToCsv, valuesToXlsx } from '@bearing/io';
import { CliError, EXIT_FAILURE, EXIT_INVALID } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import {
  apiFailure,
  callServer,
  withLocalDatabase,
  workspaceApi,
  type TransferOptions,
} from './transfer-target.ts';

/** `xlsx` is the whole strategy as a workbook (export-workbook.ts); values alone are `values-xlsx`. */
export const VALUES_FORMATS = ['csv', 'values-xlsx'] as const;
export type ValuesFormat = (typeof VALUES_FORMATS)[number];

/**
 * `bearing export --format csv|values-xlsx`: every stored value in the long shape (scorecard, kpi,
 * period, value, comment), which `bearing import` reads back as a no-op. XLSX is binary, so it
 * needs `--out`.
 */
export async function exportValues(
  io: Io,
  format: ValuesFormat,
  options: TransferOptions & { readonly scorecard?: string },
): Promise<string | Uint8Array> {
  const strategy =
    options.server === undefined ? await localStrategy(io, options) : await serverStrategy(options);
  if (
    options.scorecard !== undefined &&
    !strategy.scorecards.some((s) => s.id === options.scorecard)
  ) {
    throw new CliError(
      EXIT_INVALID,
      `no scorecard "${options.scorecard}" in workspace "${options.workspace}"`,
    );
  }
  const rows = longValueRows(strategy, options.scorecard ?? null);
  return format === 'csv' ? valuesToCsv(rows) : valuesToXlsx(rows);
}

export function localStrategy(io: Io, options: TransferOptions): Promise<Strategy> {
  return withLocalDatabase(io, options, async (database) => {
    try {
      return await loadStrategy(database.db, options.workspace);
    } catch (error) {
      if (error instanceof NotFoundError) throw new CliError(EXIT_INVALID, error.message);
      throw error;
    }
  });
}

export async function serverStrategy(options: TransferOptions): Promise<Strategy> {
  const response = await callServer(
    `${workspaceApi(options)}/export?format=json`,
    {
      method: 'GET',
    },
    options.token,
  );
  if (!response.ok) {
    const failure = await apiFailure(response);
    throw new CliError(
      response.status < 500 ? EXIT_INVALID : EXIT_FAILURE,
      `the server refused the export: ${failure.code}: ${failure.message}`,
    );
  }
  const parsed = parseStrategyText(await response.text(), 'json');
  if (!parsed.ok)
    throw new CliError(EXIT_FAILURE, 'the server sent a strategy that does not validate');
  return parsed.value;
}

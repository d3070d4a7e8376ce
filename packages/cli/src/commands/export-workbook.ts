import { writeStrategyWorkbook } from '@bearing/io';
import type { Io } from '../io.ts';
import { localStrategy, serverStrategy } from './export-values.ts';
import type { TransferOptions } from './transfer-target.ts';

/**
 * `bearing export --format xlsx`: the whole workspace as the strategy workbook
 * (docs/spreadsheets.md). Through a server, the workbook is written here from the strategy file
 * the server exports, so it is the same workbook either way.
 */
export async function exportWorkbook(io: Io, options: TransferOptions): Promise<Uint8Array> {
  const strategy =
    options.server === undefined ? await localStrategy(io, options) : await serverStrategy(options);
  return writeStrategyWorkbook(strategy);
}

import { parse } from 'csv-parse/sync';
import type { ValuesTable } from '@bearing/core';
import { ValuesFileError } from '../errors.ts';
import { detectDelimiter } from './detect-delimiter.ts';

/**
 * A CSV values file as a table of text cells. The delimiter is detected (`,` `;` tab); a `;`
 * file writes decimals with a comma, as European spreadsheet programs export it. A BOM, CRLF
 * line ends and a trailing delimiter are fine. Row numbers are record numbers, as a spreadsheet
 * program shows them when it opens the file.
 */
export function readCsvTable(bytes: Uint8Array | string, source: string): ValuesTable {
  const text = typeof bytes === 'string' ? bytes : decode(bytes);
  const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ''));
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    throw new ValuesFileError(`${source} is not a readable CSV file: ${(error as Error).message}`);
  }
  return {
    source,
    sheet: null,
    decimalSeparator: delimiter === ';' ? ',' : '.',
    rows: records.map((cells, i) => ({ row: i + 1, cells })),
  };
}

/**
 * UTF-8 (what current spreadsheet programs write), else Windows-1252 (what older Excel writes
 * for "CSV"), so an accented KPI name never turns into replacement characters.
 */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

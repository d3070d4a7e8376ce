import { extname } from 'node:path';
import type { ValuesTable } from '@bearing/core';
import { readCsvTable } from './csv/read-csv.ts';
import { ValuesFileError } from './errors.ts';
import { readXlsxTable } from './xlsx/read-xlsx.ts';

export const VALUES_FILE_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** True for a file name that `bearing import` reads as a values file rather than a strategy. */
export function isValuesFileName(name: string): boolean {
  return (VALUES_FILE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/** A values file's bytes as a table, by its extension; `source` names it in messages. */
export async function readValuesFile(bytes: Uint8Array, source: string): Promise<ValuesTable> {
  const ext = extname(source).toLowerCase();
  if (ext === '.csv') return readCsvTable(bytes, source);
  if (ext === '.xlsx') return readXlsxTable(bytes, source);
  throw new ValuesFileError(`${source}: a values file is .csv or .xlsx`);
}

import { resolve } from 'node:path';
import type { ValuesTable } from '@bearing/core';
import { ValuesFileError, readValuesFile } from '@bearing/io';
import { CliError, EXIT_INVALID } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { readText } from './load.ts';

/** A values file (.csv, .xlsx) as a table; unreadable or malformed files are exit 2. */
export async function readValuesTableFile(io: Io, file: string): Promise<ValuesTable> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(resolve(io.cwd, file));
  } catch {
    // readText words the reason (no such file, a directory, permission denied).
    await readText(io, file);
    throw new CliError(EXIT_INVALID, `cannot read ${file}`);
  }
  try {
    return await readValuesFile(bytes, file);
  } catch (error) {
    if (error instanceof ValuesFileError) throw new CliError(EXIT_INVALID, error.message);
    throw error;
  }
}

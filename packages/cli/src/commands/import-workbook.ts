import { resolve } from 'node:path';
import type { Strategy, ValuesTable } from '@bearing/core';
import { ValuesFileError, formatWorkbookIssue, readXlsxFile } from '@bearing/io';
import { CliError, EXIT_INVALID } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { plural } from '../output/format.ts';
import { readText } from './load.ts';

export type XlsxImport =
  | { readonly kind: 'workbook'; readonly strategy: Strategy }
  | { readonly kind: 'values'; readonly table: ValuesTable };

/**
 * An .xlsx file given to `bearing import`: the strategy workbook (it has a Scorecards sheet),
 * validated like a strategy file, or a values file. A workbook with problems lists them all,
 * located by sheet, row and column, and stops with exit 2.
 */
export async function readXlsxImport(io: Io, file: string): Promise<XlsxImport> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(resolve(io.cwd, file));
  } catch {
    // readText words the reason (no such file, a directory, permission denied).
    await readText(io, file);
    throw new CliError(EXIT_INVALID, `cannot read ${file}`);
  }
  let read;
  try {
    read = await readXlsxFile(bytes, file);
  } catch (error) {
    if (error instanceof ValuesFileError) throw new CliError(EXIT_INVALID, error.message);
    throw error;
  }
  if (read.kind === 'values') return read;
  if (read.result.ok) return { kind: 'workbook', strategy: read.result.value };
  const colors = colorsFor(io);
  const lines = read.result.issues.map(
    (issue) =>
      `${formatWorkbookIssue(file, issue)}${issue.hint === null ? '' : `\n    ${colors.dim(`hint: ${issue.hint}`)}`}\n`,
  );
  io.stderr(
    `${lines.join('')}\n${colors.red(`✖ ${plural(read.result.issues.length, 'problem')} in ${file}`)}\n`,
  );
  throw new CliError(
    EXIT_INVALID,
    `${file} is not a valid strategy workbook; nothing was imported`,
  );
}

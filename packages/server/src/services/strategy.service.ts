import { writeStrategyWorkbook } from '@bearing/io';
import {
  type ScorecardId,
  type StrategyFormat,
  parseStrategyText,
  stringifyStrategy,
} from '@bearing/core';
import { type Executor, type WriteContext, loadStrategy, saveStrategy } from '@bearing/db';
import { type ImportLimits, checkImportLimits, invalidFileError } from './import-limits.ts';

export interface ImportResult {
  /** Ids of the imported scorecards, in file order. */
  readonly scorecards: readonly ScorecardId[];
  /** Scorecards deleted first because of `replace`. */
  readonly replaced: number;
}

export interface ImportOptions extends WriteContext {
  readonly replace: boolean;
  /** Bounds for files from outside; shipped templates and the wizard's maps need none. */
  readonly limits?: ImportLimits;
}

/**
 * Imports a strategy file exactly as `bearing validate` reads it (same parser, same issues with
 * line and column), then saves it in one transaction: an invalid file or a refused save writes
 * nothing.
 */
export async function importStrategy(
  db: Executor,
  workspace: string,
  text: string,
  format: StrategyFormat,
  options: ImportOptions,
): Promise<ImportResult> {
  const parsed = parseStrategyText(text, format);
  if (!parsed.ok) throw invalidFileError(parsed.issues);
  if (options.limits !== undefined) checkImportLimits(parsed.value, options.limits);
  const result = await saveStrategy(db, workspace, parsed.value, options);
  return { scorecards: parsed.value.scorecards.map((s) => s.id), replaced: result.replaced };
}

/** The workspace as a strategy file; importing it into an empty workspace gives it back. */
/** The workspace as the strategy workbook (docs/spreadsheets.md), the bytes of an .xlsx file. */
export async function exportWorkbook(db: Executor, workspace: string): Promise<Uint8Array> {
  return writeStrategyWorkbook(await loadStrategy(db, workspace));
}

export async function exportStrategy(
  db: Executor,
  workspace: string,
  format: StrategyFormat,
): Promise<string> {
  return stringifyStrategy(await loadStrategy(db, workspace), format);
}

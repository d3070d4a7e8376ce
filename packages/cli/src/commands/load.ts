import { extname, resolve } from 'node:path';
import {
  type FileIssue,
  type Strategy,
  type StrategyFormat,
  parseStrategyText,
} from '@bearing/core';
import { CliError, EXIT_INVALID } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { formatIssues } from '../output/issues.ts';

export type LoadResult =
  | { readonly ok: true; readonly strategy: Strategy }
  | { readonly ok: false; readonly issues: readonly FileIssue[] };

/** Reads and parses a strategy file. An unreadable file is a CliError (exit 2), never a stack trace. */
export async function readStrategy(io: Io, file: string): Promise<LoadResult> {
  const text = await readText(io, file);
  const parsed = parseStrategyText(text, formatOf(file));
  return parsed.ok ? { ok: true, strategy: parsed.value } : { ok: false, issues: parsed.issues };
}

/**
 * For commands that need a valid strategy (score, history): on issues, list them on stderr (the
 * command's stdout is for its result) and stop with exit 2.
 */
export async function loadStrategy(io: Io, file: string): Promise<Strategy> {
  const result = await readStrategy(io, file);
  if (result.ok) return result.strategy;
  io.stderr(formatIssues(file, result.issues, colorsFor(io)));
  throw new CliError(EXIT_INVALID, `${file} is not a valid strategy file; nothing was scored`);
}

/** The extension decides when it is clear; otherwise the parser looks at the content. */
function formatOf(file: string): StrategyFormat | 'auto' {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return 'auto';
}

export async function readText(io: Io, file: string): Promise<string> {
  try {
    return await io.readFile(resolve(io.cwd, file));
  } catch (error) {
    throw new CliError(EXIT_INVALID, `cannot read ${file}: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file (check the path, or run `bearing init` to create an example)';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

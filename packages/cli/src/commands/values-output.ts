import {
  type ValueChange,
  type ValuesDiff,
  type ValuesProblem,
  formatValuesProblem,
} from '@bearing/core';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { printJson } from '../output/json.ts';

/** Every problem, one line each, on stderr (stdout is for the result). */
export function printProblems(io: Io, problems: readonly ValuesProblem[]): void {
  const colors = colorsFor(io);
  for (const problem of problems) io.stderr(`${colors.red('✖')} ${formatValuesProblem(problem)}\n`);
}

export function describeCounts(counts: ValuesDiff['counts']): string {
  return `${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged`;
}

/** The dry run: each new and changed value (unchanged ones only counted), then the counts. */
export function printDryRun(io: Io, file: string, diff: ValuesDiff): void {
  const colors = colorsFor(io);
  const shown = diff.changes.filter((c) => c.kind !== 'unchanged');
  io.stdout(`Dry run of ${file}: nothing was written.\n`);
  for (const change of shown) io.stdout(`  ${changeLine(change, colors)}\n`);
  io.stdout(`${describeCounts(diff.counts)}\n`);
}

function changeLine(change: ValueChange, colors: ReturnType<typeof colorsFor>): string {
  const where = `${change.scorecard}/${change.kpi} ${change.period}`;
  if (change.kind === 'new') return `${colors.green('new    ')} ${where}: ${change.value}`;
  const old = change.old;
  const from = old === null ? '' : `${old.value} → `;
  const comment =
    old !== null && old.comment !== change.comment ? ` (comment: ${change.comment ?? 'none'})` : '';
  return `${colors.yellow('changed')} ${where}: ${from}${change.value}${comment}`;
}

export function printJsonResult(
  io: Io,
  file: string,
  result: { readonly shape: string | null; readonly dryRun: boolean; readonly diff: ValuesDiff },
): void {
  printJson(io, {
    file,
    shape: result.shape,
    dryRun: result.dryRun,
    counts: result.diff.counts,
    changes: result.diff.changes,
  });
}

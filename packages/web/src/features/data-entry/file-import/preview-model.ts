import {
  columnLetter,
  type ValueChangeKind,
  type ValuesImportResultJson,
  type ValuesProblemJson,
} from '@bearing/core';
import type { ValuesProblemsBody } from '../../../api/values-file.ts';

/** One cell of a refused row, with the problems located on it. */
export interface ProblemCell {
  readonly text: string;
  readonly problems: readonly ValuesProblemJson[];
}

/** A row of the file with at least one problem: shown as the file has it, bad cells marked. */
export interface ProblemRow {
  readonly row: number;
  readonly cells: readonly ProblemCell[];
  /** Problems of the whole row (no column), or of a column past the row's last cell. */
  readonly rowProblems: readonly ValuesProblemJson[];
}

export interface ProblemTable {
  /** Column labels as a spreadsheet shows them: `A (kpi)`, `B (period)`. */
  readonly columns: readonly string[];
  readonly rows: readonly ProblemRow[];
  readonly count: number;
  readonly more: number;
}

/**
 * The problems of a refused file laid out in place: the header row and every bad row with its
 * cells, each problem on the cell it names (the header row too, for a header problem), in
 * file order, so a person sees the file as their spreadsheet shows it.
 */
export function problemTable(body: ValuesProblemsBody): ProblemTable {
  const problems = body.problems ?? [];
  const header = body.header ?? null;
  const source = [...(body.rows ?? [])];
  if (header !== null && problems.some((p) => p.row === header.row)) source.push(header);
  source.sort((a, b) => a.row - b.row);
  const rowsWithoutText = new Set(problems.map((p) => p.row));
  for (const r of source) rowsWithoutText.delete(r.row);
  const all = [...source, ...[...rowsWithoutText].map((row) => ({ row, cells: [] as string[] }))];
  all.sort((a, b) => a.row - b.row);

  const width = Math.max(
    header?.cells.length ?? 0,
    ...all.map((r) => r.cells.length),
    ...problems.map((p) => (p.column ?? -1) + 1),
  );
  const columns = Array.from({ length: width }, (_, i) => {
    const name = header?.cells[i] ?? '';
    return name === '' ? columnLetter(i) : `${columnLetter(i)} (${name})`;
  });
  const rows = all.map((r): ProblemRow => {
    const here = problems.filter((p) => p.row === r.row);
    const cells = Array.from({ length: width }, (_, i) => ({
      text: r.cells[i] ?? '',
      problems: here.filter((p) => p.column === i),
    }));
    return { row: r.row, cells, rowProblems: here.filter((p) => p.column === null) };
  });
  return {
    columns,
    rows,
    count: problems.length + (body.moreProblems ?? 0),
    more: body.moreProblems ?? 0,
  };
}

/** The values an import would write: new and changed ones (unchanged ones only counted). */
export function writtenCount(result: ValuesImportResultJson): number {
  return result.counts.new + result.counts.changed;
}

export interface ChangeLine {
  readonly kind: Exclude<ValueChangeKind, 'unchanged'>;
  readonly where: string;
  readonly period: string;
  readonly old: number | null;
  readonly value: number;
  readonly comment: string | null;
  /** The comment changes (the value may not). */
  readonly commentChanged: boolean;
}

/** The new and changed values, as the dry run lists them, at most `limit` of them. */
export function changeLines(result: ValuesImportResultJson, limit: number): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const c of result.changes) {
    if (c.kind === 'unchanged') continue;
    if (lines.length === limit) break;
    lines.push({
      kind: c.kind,
      where: `${c.scorecard}/${c.kpi}`,
      period: c.period,
      old: c.old?.value ?? null,
      value: c.value,
      comment: c.comment,
      commentChanged: c.old !== null && c.old.comment !== c.comment,
    });
  }
  return lines;
}

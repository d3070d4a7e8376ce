import { z } from 'zod';
import { cellText, type TableRow, type ValuesTable } from './cell.ts';
import { VALUES_PROBLEM_CODES, locationPath, type ValuesProblem } from './problems.ts';

/**
 * The wire shapes of a values import (`POST …/values/import`): the server validates its answers
 * with them, and the web app and the CLI read them. The CLI's `--json` prints the same fields.
 */

/** One problem of a file, located: `path` is the sheet, row and column as a person reads it. */
export const valuesProblemSchema = z.object({
  code: z.enum(VALUES_PROBLEM_CODES),
  message: z.string(),
  path: z.string().describe('e.g. "sheet Values, row 14, column C (value)"'),
  sheet: z.string().nullable(),
  row: z.number().int(),
  column: z.number().int().nullable().describe('0-based; null for a whole row or the file'),
  header: z.string().nullable().describe("the column's header as written"),
});
export type ValuesProblemJson = z.output<typeof valuesProblemSchema>;

/** A row of the file as text, so a preview can show a problem in place. */
export const valuesRowSchema = z.object({
  row: z.number().int(),
  cells: z.array(z.string()),
});
export type ValuesRowJson = z.output<typeof valuesRowSchema>;

const changeKind = z.enum(['new', 'changed', 'unchanged']);

export const valueChangeSchema = z.object({
  kind: changeKind,
  scorecard: z.string(),
  kpi: z.string(),
  period: z.string(),
  value: z.number(),
  comment: z.string().nullable(),
  old: z.object({ value: z.number(), comment: z.string().nullable() }).nullable(),
});

/** 200: what the import did (or, on a dry run, would do). */
export const valuesImportResultSchema = z.object({
  shape: z.enum(['long', 'wide']).nullable(),
  dryRun: z.boolean(),
  counts: z.object({
    new: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
  }),
  changes: z.array(valueChangeSchema).describe('every value of the file, unchanged ones included'),
});
export type ValuesImportResultJson = z.output<typeof valuesImportResultSchema>;

/** The extra fields of the 422 `INVALID_VALUES` error: every problem, and the rows they are on. */
export const valuesImportProblemsSchema = z.object({
  problems: z.array(valuesProblemSchema),
  moreProblems: z.number().int().describe('problems past the listed ones (0 when all are listed)'),
  header: valuesRowSchema.nullable().describe('the header row, to label the cells of `rows`'),
  rows: z.array(valuesRowSchema).describe('the rows that have a problem, in file order'),
});
export type ValuesImportProblemsJson = z.output<typeof valuesImportProblemsSchema>;

/** A problem as the API and `--json` give it: `{code, message, path}` and the location's parts. */
export function valuesProblemJson(problem: ValuesProblem): ValuesProblemJson {
  const { sheet, row, column, header } = problem.location;
  return {
    code: problem.code,
    message: problem.message,
    path: locationPath(problem.location),
    sheet,
    row,
    column,
    header,
  };
}

/**
 * The 422's details: at most `limit` problems (a wholly wrong 100,000-row file would otherwise
 * answer megabytes), the header, and the rows those problems are on, as text.
 */
export function valuesProblemsDetails(
  table: ValuesTable,
  problems: readonly ValuesProblem[],
  limit: number,
): ValuesImportProblemsJson {
  const listed = problems.slice(0, limit);
  const wanted = new Set(listed.map((p) => p.location.row));
  const filled = table.rows.filter((r) => r.cells.some((c) => cellText(c) !== ''));
  const headerRow = filled[0];
  const rows = table.rows.filter((r) => r !== headerRow && wanted.has(r.row)).map(rowJson);
  return {
    problems: listed.map(valuesProblemJson),
    moreProblems: problems.length - listed.length,
    header: headerRow === undefined ? null : rowJson(headerRow),
    rows,
  };
}

const rowJson = (r: TableRow): ValuesRowJson => ({ row: r.row, cells: r.cells.map(cellText) });

import { describe, expect, it } from 'vitest';
import type { ValuesProblemJson } from '@bearing/core';
import { changeLines, problemTable, writtenCount } from './preview-model.ts';

const problem = (over: Partial<ValuesProblemJson>): ValuesProblemJson => ({
  code: 'INVALID_NUMBER',
  message: '"n/a" is not a number',
  path: 'row 3, column C (value)',
  sheet: null,
  row: 3,
  column: 2,
  header: 'value',
  ...over,
});

describe('problemTable', () => {
  it('lays every problem on the cell it names, rows in file order, columns labelled as in a spreadsheet', () => {
    const table = problemTable({
      code: 'INVALID_VALUES',
      message: '2 problems',
      header: { row: 1, cells: ['kpi', 'period', 'value'] },
      rows: [
        { row: 5, cells: ['Retrun rate', '2026-07', '4'] },
        { row: 3, cells: ['nps', '2026-07', 'n/a'] },
      ],
      problems: [
        problem({}),
        problem({ code: 'UNKNOWN_KPI', row: 5, column: 0, message: 'unknown KPI "Retrun rate"' }),
      ],
      moreProblems: 0,
    });
    expect(table.columns).toEqual(['A (kpi)', 'B (period)', 'C (value)']);
    expect(table.rows.map((r) => r.row)).toEqual([3, 5]);
    expect(table.rows[0]?.cells[2]).toEqual({ text: 'n/a', problems: [problem({})] });
    expect(table.rows[0]?.cells[0]?.problems).toEqual([]);
    expect(table.rows[1]?.cells[0]?.problems[0]?.code).toBe('UNKNOWN_KPI');
    expect(table.count).toBe(2);
  });

  it('shows a header problem on the header row, and a whole-row problem beside the row', () => {
    const table = problemTable({
      code: 'INVALID_VALUES',
      message: '2 problems',
      header: { row: 1, cells: ['kpi', 'period', 'vaule'] },
      rows: [{ row: 4, cells: ['nps', '', '3', 'extra'] }],
      problems: [
        problem({ code: 'UNKNOWN_COLUMN', row: 1, column: 2, header: 'vaule' }),
        problem({ code: 'MISSING_CELL', row: 4, column: null, header: null }),
      ],
      moreProblems: 7,
    });
    expect(table.columns).toEqual(['A (kpi)', 'B (period)', 'C (vaule)', 'D']);
    expect(table.rows.map((r) => r.row)).toEqual([1, 4]);
    expect(table.rows[0]?.cells[2]?.problems[0]?.code).toBe('UNKNOWN_COLUMN');
    expect(table.rows[1]?.rowProblems[0]?.code).toBe('MISSING_CELL');
    expect(table).toMatchObject({ count: 9, more: 7 });
  });
});

describe('changeLines', () => {
  const result = {
    shape: 'long' as const,
    dryRun: true,
    counts: { new: 1, changed: 1, unchanged: 1 },
    changes: [
      {
        kind: 'unchanged' as const,
        scorecard: 'acme',
        kpi: 'a',
        period: '2026-01',
        value: 1,
        comment: null,
        old: { value: 1, comment: null },
      },
      {
        kind: 'changed' as const,
        scorecard: 'acme',
        kpi: 'b',
        period: '2026-01',
        value: 3,
        comment: 'x',
        old: { value: 2, comment: null },
      },
      {
        kind: 'new' as const,
        scorecard: 'acme',
        kpi: 'c',
        period: '2026-02',
        value: 4,
        comment: null,
        old: null,
      },
    ],
  };

  it('lists new and changed values with the old value, and counts what would be written', () => {
    expect(changeLines(result, 10)).toEqual([
      {
        kind: 'changed',
        where: 'acme/b',
        period: '2026-01',
        old: 2,
        value: 3,
        comment: 'x',
        commentChanged: true,
      },
      {
        kind: 'new',
        where: 'acme/c',
        period: '2026-02',
        old: null,
        value: 4,
        comment: null,
        commentChanged: false,
      },
    ]);
    expect(changeLines(result, 1)).toHaveLength(1);
    expect(writtenCount(result)).toBe(2);
  });
});

import ExcelJS from 'exceljs';
import { buildKpi, buildObjective, buildScorecard, buildStrategy } from '@bearing/testing';
import { type Cell, formatValuesProblem, kpiId, readValuesTable, scorecardId } from '@bearing/core';
import { describe, expect, it } from 'vitest';
import { readXlsxTable } from './read-xlsx.ts';

const strategy = buildStrategy({
  scorecards: [
    buildScorecard({
      id: scorecardId('corporate'),
      objectives: [
        buildObjective({
          kpis: [
            buildKpi({ id: kpiId('revenue'), name: 'Revenue' }),
            buildKpi({ id: kpiId('return-rate'), name: 'Return rate', unit: '%' }),
          ],
        }),
      ],
    }),
  ],
});

type Setup = (sheet: ExcelJS.Worksheet) => void;

/** A real .xlsx file, written by exceljs as Excel would save it. */
async function workbook(sheets: Record<string, Setup>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, setup] of Object.entries(sheets)) setup(wb.addWorksheet(name));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const longSheet =
  (value: ExcelJS.CellValue, numFmt?: string): Setup =>
  (sheet) => {
    sheet.addRow(['kpi', 'period', 'value']);
    sheet.addRow(['Return rate', '2026-03', value]);
    if (numFmt !== undefined) sheet.getCell('C2').numFmt = numFmt;
  };

describe('readXlsxTable: value cells', () => {
  it.each<[string, ExcelJS.CellValue, string | undefined, Cell]>([
    ['a numeric cell', 4.5, undefined, 4.5],
    ['a text number', '4.5', undefined, '4.5'],
    ['a percentage-formatted cell, as shown', 0.045, '0.0%', '4.5%'],
    ['a formula cell, by its cached result', { formula: 'B5*2', result: 9 }, undefined, 9],
    ['a formula without a cached result', { formula: 'B5*2' }, undefined, '=B5*2'],
    ['an error cell', { error: '#N/A' }, undefined, '#N/A'],
    ['rich text', { richText: [{ text: '4' }, { text: '.5' }] }, undefined, '4.5'],
    ['an empty cell', null, undefined, null],
  ])('reads %s', async (_, value, numFmt, cell) => {
    const table = await readXlsxTable(
      await workbook({ Values: longSheet(value, numFmt) }),
      'v.xlsx',
    );
    expect(table.rows[1]?.cells[2] ?? null).toEqual(cell);
  });

  it('imports numeric, text, percentage and formula cells to the same value', async () => {
    for (const [value, numFmt] of [
      [4.5, undefined],
      ['4.5', undefined],
      [0.045, '0.0%'],
      [{ formula: 'A1', result: 4.5 }, undefined],
    ] as const) {
      const table = await readXlsxTable(
        await workbook({ Values: longSheet(value, numFmt) }),
        'v.xlsx',
      );
      expect(readValuesTable(table, strategy).values.map((v) => v.value)).toEqual([4.5]);
    }
  });
});

describe('readXlsxTable: period cells and sheets', () => {
  it('reads a date cell as its day, and a date header of a wide sheet', async () => {
    const bytes = await workbook({
      Values: (sheet) => {
        sheet.addRow(['kpi', new Date(Date.UTC(2026, 0, 31)), '2026-02', 2026]);
        sheet.addRow(['Revenue', 10, null, 40]);
      },
    });
    const reading = readValuesTable(await readXlsxTable(bytes, 'v.xlsx'), strategy);
    expect(reading.problems).toEqual([]);
    expect(reading.values.map((v) => [v.period, v.value])).toEqual([
      ['2026-01-31', 10],
      ['2026', 40],
    ]);
  });

  it('reads the sheet named Values when there are several, else the first', async () => {
    const other: Setup = (sheet) => sheet.addRow(['notes']);
    const named = await readXlsxTable(
      await workbook({ Notes: other, values: longSheet(4) }),
      'v.xlsx',
    );
    expect(named.sheet).toBe('values');
    const first = await readXlsxTable(
      await workbook({ March: longSheet(4), Notes: other }),
      'v.xlsx',
    );
    expect(first.sheet).toBe('March');
  });

  it('keeps the sheet’s row numbers and names the sheet in problems', async () => {
    const bytes = await workbook({
      Values: (sheet) => {
        sheet.addRow(['kpi', 'period', 'value']);
        sheet.getRow(14).values = ['Return rate', '2026-03', 'n/a'];
      },
    });
    const reading = readValuesTable(await readXlsxTable(bytes, 'values.xlsx'), strategy);
    expect(reading.problems.map(formatValuesProblem)).toEqual([
      'values.xlsx: sheet Values, row 14, column C (value): "n/a" is not a number',
    ]);
  });

  it('refuses bytes that are not a workbook, naming the file', async () => {
    await expect(readXlsxTable(new TextEncoder().encode('kpi,period'), 'x.xlsx')).rejects.toThrow(
      /x\.xlsx is not a readable XLSX workbook/,
    );
  });
});

import ExcelJS from 'exceljs';
import { buildKpi, buildObjective, buildScorecard, buildStrategy } from '@bearing/testing';
import {
  type PeriodKey,
  diffValues,
  kpiId,
  longValueRows,
  readValuesTable,
  scorecardId,
} from '@bearing/core';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from './csv/read-csv.ts';
import { valuesToCsv, valuesToXlsx } from './write-values.ts';
import { readXlsxTable } from './xlsx/read-xlsx.ts';

const strategy = buildStrategy({
  scorecards: [
    buildScorecard({
      id: scorecardId('corporate'),
      objectives: [
        buildObjective({
          kpis: [
            buildKpi({
              id: kpiId('revenue'),
              name: 'Umsatz, netto',
              values: [
                {
                  period: '2026-03' as PeriodKey,
                  value: 1250.5,
                  comment: 'after "returns"; final',
                },
                { period: '2026-Q1' as PeriodKey, value: 3000, comment: null },
              ],
            }),
          ],
        }),
      ],
    }),
  ],
});
const rows = longValueRows(strategy);

describe('values writers', () => {
  it('write CSV with a BOM and the long header, which reads back unchanged', () => {
    const csv = valuesToCsv(rows);
    expect(csv.startsWith('\uFEFFscorecard,kpi,period,value,comment\n')).toBe(true);
    const reading = readValuesTable(readCsvTable(csv, 'values.csv'), strategy);
    expect(reading.problems).toEqual([]);
    expect(diffValues(strategy, reading.values).counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 2,
    });
  });

  it('write XLSX with a frozen header and text periods, which reads back unchanged', async () => {
    const bytes = await valuesToXlsx(rows);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet('Values');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getCell('C2').value).toBe('2026-Q1');
    expect(sheet?.getCell('D2').value).toBe(3000);
    const reading = readValuesTable(await readXlsxTable(bytes, 'values.xlsx'), strategy);
    expect(reading.problems).toEqual([]);
    expect(diffValues(strategy, reading.values).counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 2,
    });
  });
});

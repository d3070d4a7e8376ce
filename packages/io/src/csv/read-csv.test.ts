import { buildKpi, buildObjective, buildScorecard, buildStrategy } from '@bearing/testing';
import { kpiId, readValuesTable, scorecardId } from '@bearing/core';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detect-delimiter.ts';
import { readCsvTable } from './read-csv.ts';

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

const encode = (text: string) => new TextEncoder().encode(text);

/** The same two values, written the ways spreadsheet programs export CSV. */
const VARIANTS: readonly [string, string][] = [
  ['comma', 'kpi,period,value\nRevenue,2026-03,1250.5\nReturn rate,2026-03,4.5%\n'],
  [
    'semicolon with decimal commas',
    'kpi;period;value\nRevenue;2026-03;1250,5\nReturn rate;2026-03;4,5%\n',
  ],
  ['tab', 'kpi\tperiod\tvalue\nRevenue\t2026-03\t1250.5\nReturn rate\t2026-03\t4.5%\n'],
  ['BOM', '\uFEFFkpi,period,value\nRevenue,2026-03,1250.5\nReturn rate,2026-03,4.5%\n'],
  ['CRLF', 'kpi,period,value\r\nRevenue,2026-03,1250.5\r\nReturn rate,2026-03,4.5%\r\n'],
  [
    'a trailing delimiter',
    'kpi;period;value;\nRevenue;2026-03;1250,5;\nReturn rate;2026-03;4,5%;\n',
  ],
  [
    'quoted cells',
    '"kpi","period","value"\n"Revenue","2026-03","1250.5"\n"Return rate","2026-03","4.5%"\n',
  ],
  [
    'BOM, semicolons and CRLF together',
    '\uFEFFkpi;period;value\r\nRevenue;2026-03;1 250,5\r\n\r\nReturn rate;Mar 2026;4,5 %\r\n',
  ],
  ['no final line end', 'kpi,period,value\nRevenue,2026-03,1250.5\nReturn rate,2026-03,4.5%'],
];

describe('readCsvTable', () => {
  it.each(VARIANTS)('reads a %s file into the same values', (_, text) => {
    const reading = readValuesTable(readCsvTable(encode(text), 'values.csv'), strategy);
    expect(reading.problems).toEqual([]);
    expect(reading.values.map((v) => [v.kpi, v.period, v.value])).toEqual([
      ['revenue', '2026-03', 1250.5],
      ['return-rate', '2026-03', 4.5],
    ]);
  });

  it('numbers rows as a spreadsheet program does, counting empty lines', () => {
    const table = readCsvTable(encode('kpi,period,value\n\nRevenue,2026-03,n/a\n'), 'values.csv');
    const [problem] = readValuesTable(table, strategy).problems;
    expect(problem?.location).toMatchObject({ row: 3, column: 2, header: 'value' });
  });

  it('keeps delimiters inside quotes and reads a comma-file value "1,250.5"', () => {
    const table = readCsvTable(
      encode('kpi,period,value,comment\nRevenue,2026-03,"1,250.5","up; again"\n'),
      'v.csv',
    );
    const reading = readValuesTable(table, strategy);
    expect(reading.values[0]).toMatchObject({ value: 1250.5, comment: 'up; again' });
  });

  it('reads Windows-1252 text (older Excel) without replacement characters', () => {
    const ascii = new TextEncoder().encode('kpi,period,value,comment\nRevenue,2026-03,1,');
    const latin1 = Uint8Array.from([...ascii, 0xfc]); // ü in Windows-1252
    const table = readCsvTable(latin1, 'v.csv');
    expect(table.rows[1]?.cells[3]).toBe('ü');
  });

  it('says which file cannot be parsed', () => {
    expect(() => readCsvTable('kpi,period\n"open,2026', 'broken.csv')).toThrow(
      /broken\.csv is not a readable CSV file/,
    );
  });
});

describe('detectDelimiter', () => {
  it.each<[string, string, string]>([
    ['commas', 'kpi,period,value', ','],
    ['semicolons', 'kpi;period;value', ';'],
    ['tabs', 'kpi\tperiod\tvalue', '\t'],
    ['semicolons beside a quoted comma', '"kpi, name";period;value', ';'],
    ['one column', 'kpi', ','],
    ['the header after empty lines', '\n\nkpi;2026-01;2026-02', ';'],
  ])('finds %s', (_, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

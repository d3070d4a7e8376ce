import { buildKpi, buildObjective, buildScorecard, buildStrategy, values } from '@bearing/testing';
import { kpiId, scorecardId } from '../model/ids.ts';
import type { Strategy } from '../model/strategy.ts';
import { describe, expect, it } from 'vitest';
import type { Cell, ValuesTable } from './cell.ts';
import { formatValuesProblem } from './problems.ts';
import { readValuesTable } from './read-values.ts';

/**
 * Two scorecards that share a KPI name ("Revenue"), with a % KPI, a % KPI that may be negative
 * and a calculated KPI: every rule of the reader has something to bite on.
 */
function salesStrategy(): Strategy {
  return buildStrategy({
    scorecards: [
      buildScorecard({
        id: scorecardId('corporate'),
        name: 'Corporate',
        objectives: [
          buildObjective({
            kpis: [
              buildKpi({
                id: kpiId('group-revenue'),
                name: 'Revenue',
                unit: 'EUR',
                values: values({ '2026-01': 100 }),
              }),
              buildKpi({ id: kpiId('return-rate'), name: 'Return rate', unit: '%' }),
              buildKpi({ id: kpiId('growth'), name: 'Growth', unit: '%', allowNegative: true }),
              buildKpi({ id: kpiId('margin'), name: 'Margin', formula: 'group_revenue / 2' }),
            ],
          }),
        ],
      }),
      buildScorecard({
        id: scorecardId('retail'),
        name: 'Retail',
        objectives: [
          buildObjective({
            kpis: [
              buildKpi({ id: kpiId('nps'), name: 'NPS' }),
              buildKpi({ id: kpiId('retail-revenue'), name: 'Revenue' }),
            ],
          }),
        ],
      }),
    ],
  });
}

/** A CSV-like table: rows numbered from 1, text cells unless given otherwise. */
function table(rows: readonly (readonly Cell[])[], decimalSeparator: '.' | ',' = '.'): ValuesTable {
  return {
    source: 'values.csv',
    sheet: null,
    decimalSeparator,
    rows: rows.map((cells, i) => ({ row: i + 1, cells })),
  };
}

const strategy = salesStrategy();
const read = (
  rows: readonly (readonly Cell[])[],
  scorecard: string | null = null,
  decimal: '.' | ',' = '.',
) => readValuesTable(table(rows, decimal), strategy, { scorecard });
const messages = (rows: readonly (readonly Cell[])[], scorecard: string | null = null) =>
  read(rows, scorecard).problems.map(formatValuesProblem);

describe('readValuesTable: the long shape', () => {
  it('reads kpi, period, value, scorecard and comment in any column order and case', () => {
    const reading = read([
      [' Comment ', 'VALUE', 'Period', 'Scorecard', 'KPI'],
      ['a good month', '120', '2026-02', 'corporate', 'group-revenue'],
    ]);
    expect(reading.problems).toEqual([]);
    expect(reading.shape).toBe('long');
    expect(reading.values).toEqual([
      {
        scorecard: 'corporate',
        kpi: 'group-revenue',
        period: '2026-02',
        value: 120,
        comment: 'a good month',
        location: { source: 'values.csv', sheet: null, row: 2, column: 1, header: 'VALUE' },
      },
    ]);
  });

  it('skips empty rows and rows without a value', () => {
    const reading = read([
      [],
      ['kpi', 'period', 'value'],
      ['', '', ''],
      ['Return rate', '2026-03', ''],
      ['nps', '2026-03', '7'],
    ]);
    expect(reading.problems).toEqual([]);
    expect(reading.values.map((v) => v.kpi)).toEqual(['nps']);
  });

  it.each<[string, readonly Cell[], string]>([
    [
      'an unknown column with a did-you-mean',
      ['kpi', 'period', 'vaule', 'value'],
      'row 1, column C (vaule): unknown column "vaule" (did you mean "value"?)',
    ],
    [
      'a column twice',
      ['kpi', 'period', 'value', 'KPI'],
      'row 1, column D (KPI): the column "kpi" appears twice',
    ],
    ['a missing value column', ['kpi', 'period'], 'row 1: the header has no "value" column'],
    ['a missing kpi column', ['period', 'value'], 'row 1: the header has no "kpi" column'],
  ])('refuses a header with %s', (_, header, message) => {
    expect(messages([header, ['nps', '2026-03', '7']]).join('\n')).toContain(
      `values.csv: ${message}`,
    );
  });

  it('refuses an empty file', () => {
    expect(read([]).problems.map((p) => p.code)).toEqual(['EMPTY_FILE']);
  });
});

describe('readValuesTable: the wide shape', () => {
  it('reads one value per period column, any period form, empty cells meaning no value', () => {
    const reading = read([
      ['KPI', '2026-01', 'Feb 2026', { date: '2026-03-31' }, 2026],
      ['Return rate', '4.5%', '', '3', '40'],
    ]);
    expect(reading.problems).toEqual([]);
    expect(reading.shape).toBe('wide');
    expect(reading.values.map((v) => [v.period, v.value])).toEqual([
      ['2026-01', 4.5],
      ['2026-03-31', 3],
      ['2026', 40],
    ]);
  });

  it('takes a scorecard column beside kpi', () => {
    const reading = read([
      ['scorecard', 'kpi', '2026-Q1'],
      ['Retail', 'Revenue', '9'],
    ]);
    expect(reading.problems).toEqual([]);
    expect(reading.values[0]).toMatchObject({
      scorecard: 'retail',
      kpi: 'retail-revenue',
      value: 9,
    });
  });

  it('refuses a header that is not a period, with a did-you-mean for a misspelt column', () => {
    expect(messages([['kpi', 'perod', 'value2']])).toEqual([
      expect.stringContaining(
        'column B (perod): the header "perod" is neither a column nor a period (did you mean "period"?)',
      ),
      expect.stringContaining(
        'column C (value2): the header "value2" is neither a column nor a period (did you mean "value"?)',
      ),
    ]);
    expect(
      messages([
        ['kpi', 'scorecrd', '2026-01'],
        ['nps', 'x', '3'],
      ])[0],
    ).toContain(
      'column B (scorecrd): the header "scorecrd" is neither a column nor a period (did you mean "scorecard"?)',
    );
  });

  it.each<[string, readonly Cell[], string]>([
    [
      'a scorecard column away from kpi',
      ['kpi', '2026-01', 'scorecard'],
      'column C (scorecard): a wide file has its scorecard column first or right beside kpi',
    ],
    [
      'a comment column',
      ['kpi', '2026-01', 'comment'],
      'column C (comment): a wide file has no comment column',
    ],
  ])('explains %s in a wide header', (_, header, message) => {
    expect(messages([header, ['nps', '3', 'x']]).join('\n')).toContain(message);
  });

  it('refuses the same period twice in the header (2026-03 and Mar 2026)', () => {
    expect(
      messages([
        ['kpi', '2026-03', 'Mar 2026'],
        ['nps', '1', '2'],
      ]),
    ).toEqual([
      'values.csv: row 1, column C (Mar 2026): the period 2026-03 appears twice in the header',
    ]);
  });

  it('refuses a first column that is not kpi', () => {
    expect(read([['name', '2026-01']]).problems.map((p) => p.code)).toEqual(['MISSING_COLUMN']);
  });
});

describe('readValuesTable: resolving KPIs and scorecards', () => {
  const long = (kpi: string, scorecard: string | null = null) =>
    read(
      [
        ['kpi', 'period', 'value'],
        [kpi, '2026-03', '5'],
      ],
      scorecard,
    );

  it.each<[string, string, string | null, string]>([
    ['an id', 'nps', null, 'retail/nps'],
    ['an exact name in another case', 'return RATE', null, 'corporate/return-rate'],
    [
      'a name made unambiguous by the scorecard option',
      'Revenue',
      'retail',
      'retail/retail-revenue',
    ],
    [
      'a name with the scorecard option given by name',
      'Revenue',
      'corporate',
      'corporate/group-revenue',
    ],
    [
      'an id that is unique although a name repeats',
      'group-revenue',
      null,
      'corporate/group-revenue',
    ],
  ])('finds a KPI by %s', (_, kpi, scorecard, found) => {
    const reading = long(kpi, scorecard);
    expect(reading.problems).toEqual([]);
    expect(`${reading.values[0]?.scorecard}/${reading.values[0]?.kpi}`).toBe(found);
  });

  it.each<[string, string, string | null, string, string]>([
    [
      'an unknown KPI with a did-you-mean',
      'Retrun rate',
      null,
      'UNKNOWN_KPI',
      'unknown KPI "Retrun rate" (did you mean "Return rate"?)',
    ],
    [
      'a KPI in the wrong scorecard',
      'nps',
      'corporate',
      'UNKNOWN_KPI',
      'unknown KPI "nps" in scorecard corporate',
    ],
    [
      'an ambiguous name',
      'Revenue',
      null,
      'AMBIGUOUS_KPI',
      'the KPI "Revenue" is ambiguous: corporate/group-revenue, retail/retail-revenue; add a scorecard column',
    ],
    [
      'an unknown scorecard option',
      'nps',
      'Retial',
      'UNKNOWN_SCORECARD',
      'the scorecard given for the file: unknown scorecard "Retial" (did you mean "Retail"?)',
    ],
  ])('refuses %s', (_, kpi, scorecard, code, message) => {
    const [problem] = long(kpi, scorecard).problems;
    expect(problem?.code).toBe(code);
    expect(problem?.message).toContain(message);
  });

  it('refuses an unknown scorecard cell, located at it', () => {
    expect(
      messages([
        ['kpi', 'scorecard', 'period', 'value'],
        ['nps', 'Retial', '2026-03', '5'],
      ]),
    ).toEqual([
      'values.csv: row 2, column B (scorecard): unknown scorecard "Retial" (did you mean "Retail"?)',
    ]);
  });

  it('uses the scorecard option for rows whose scorecard cell is empty', () => {
    const reading = read(
      [
        ['kpi', 'scorecard', 'period', 'value'],
        ['Revenue', '', '2026-03', '5'],
        ['Revenue', 'Corporate', '2026-03', '6'],
      ],
      'retail',
    );
    expect(reading.problems).toEqual([]);
    expect(reading.values.map((v) => `${v.scorecard}/${v.kpi}=${v.value}`)).toEqual([
      'retail/retail-revenue=5',
      'corporate/group-revenue=6',
    ]);
  });
});

describe('readValuesTable: the cell rules', () => {
  const header = ['kpi', 'period', 'value'];
  it.each<[string, readonly Cell[], string, string]>([
    [
      'a bad number',
      ['nps', '2026-03', 'n/a'],
      'INVALID_NUMBER',
      'row 2, column C (value): "n/a" is not a number',
    ],
    [
      'a bad period',
      ['nps', 'soon', '4'],
      'INVALID_PERIOD',
      'row 2, column B (period): "soon" is not a period key',
    ],
    [
      'a value without a KPI',
      ['', '2026-03', '4'],
      'MISSING_CELL',
      'row 2, column A (kpi): the row has a value but no KPI',
    ],
    [
      'a value without a period',
      ['nps', '', '4'],
      'MISSING_CELL',
      'row 2, column B (period): the row has a value but no period',
    ],
    [
      '% for a KPI that is not a % KPI',
      ['group-revenue', '2026-03', '12%'],
      'PERCENT_NOT_ALLOWED',
      '"12%": "Revenue" is measured in EUR, not %',
    ],
    [
      '% for a KPI without a unit',
      ['nps', '2026-03', '12%'],
      'PERCENT_NOT_ALLOWED',
      '"NPS" has no unit, not %',
    ],
    [
      'a negative % value',
      ['return-rate', '2026-03', '-2'],
      'NEGATIVE_PERCENT',
      '"Return rate" is a % KPI and cannot be negative (got -2)',
    ],
    [
      'a value for a calculated KPI',
      ['margin', '2026-03', '40'],
      'CALCULATED_KPI',
      'row 2, column A (kpi): "Margin" is a calculated KPI (group_revenue / 2)',
    ],
    [
      'a value in a column without a header',
      ['nps', '2026-03', '4', 'extra'],
      'CELL_WITHOUT_HEADER',
      'row 2, column D: "extra" is in a column without a header',
    ],
  ])('refuses %s', (_, row, code, message) => {
    const { problems, values } = read([header, row]);
    expect(problems.map((p) => p.code)).toEqual([code]);
    expect(formatValuesProblem(problems[0]!)).toContain(message);
    expect(values).toEqual([]);
  });

  it.each<[string, readonly Cell[], number]>([
    ['a negative % value when the KPI allows negatives', ['growth', '2026-03', '-2.5%'], -2.5],
    ['a negative value of a KPI that is not %', ['nps', '2026-03', '-20'], -20],
    ['a % value of a % KPI, as written', ['Return rate', '2026-03', '12.5%'], 12.5],
    ['a numeric cell', ['nps', '2026-03', 31], 31],
  ])('accepts %s', (_, row, value) => {
    const { problems, values } = read([header, row]);
    expect(problems).toEqual([]);
    expect(values[0]?.value).toBe(value);
  });

  it('reads decimal commas when the table says so', () => {
    const { values } = read([header, ['Return rate', '2026-03', '12,5%']], null, ',');
    expect(values[0]?.value).toBe(12.5);
  });

  it('accepts the same value twice, and refuses the same KPI and period with another value', () => {
    const { problems } = read([
      header,
      ['nps', '2026-03', '4'],
      ['NPS', 'Mar 2026', '4'],
      ['nps', '2026-03', '5'],
    ]);
    expect(problems.map(formatValuesProblem)).toEqual([
      'values.csv: row 4, column C (value): retail/nps in 2026-03 is already given in row 2 (4); a file gives one value per KPI and period',
    ]);
  });

  it('reports every problem of the file at once, in row order', () => {
    const { problems } = read([
      header,
      ['Retrun rate', '2026-03', 'n/a'],
      ['nps', '2026-13', '4'],
      ['margin', '2026-03', '1'],
    ]);
    expect(problems.map((p) => [p.location.row, p.code])).toEqual([
      [2, 'UNKNOWN_KPI'],
      [2, 'INVALID_NUMBER'],
      [3, 'INVALID_PERIOD'],
      [4, 'CALCULATED_KPI'],
    ]);
  });

  it('locates problems by sheet in a workbook', () => {
    const { problems } = readValuesTable(
      {
        source: 'values.xlsx',
        sheet: 'Values',
        decimalSeparator: '.',
        rows: [
          { row: 1, cells: header },
          { row: 14, cells: ['nps', '2026-03', 'n/a'] },
        ],
      },
      strategy,
    );
    expect(problems.map(formatValuesProblem)).toEqual([
      'values.xlsx: sheet Values, row 14, column C (value): "n/a" is not a number',
    ]);
  });
});

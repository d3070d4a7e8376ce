import ExcelJS from 'exceljs';
import { parseStrategyText, type Strategy } from '@bearing/core';
import { describe, expect, it } from 'vitest';
import { isStrategyWorkbook, readStrategyWorkbook } from './read-workbook.ts';
import { formatWorkbookIssue } from './workbook-issue.ts';
import { writeStrategyWorkbook } from './write-workbook.ts';
import { valuesToXlsx } from '../write-values.ts';

const YAML = `
bearing: 1
organization: Acme
scorecards:
  - id: corp
    name: Corporate
    objectives:
      - id: quality
        name: Provide high quality
        perspective: customer
        kpis:
          - id: return-rate
            name: Return rate
            unit: "%"
            optimization: minimize
            baseline: 8
            target: 2
            values: {"2026-01": 6.5, "2026-02": 5}
          - id: returns-per-order
            name: Returns per order
            formula: "[return-rate] / 100"
    links: []
`;

function strategy(): Strategy {
  const parsed = parseStrategyText(YAML);
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  return parsed.value;
}

type Edit = (workbook: ExcelJS.Workbook) => void;

/** The strategy's workbook, changed as a person would change it in Excel. */
async function edited(edit: Edit): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await writeStrategyWorkbook(strategy());
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  edit(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Sets the cell of `header`'s column in a (1-based) row of a sheet. */
const setCell =
  (sheet: string, row: number, header: string, value: ExcelJS.CellValue): Edit =>
  (workbook) => {
    const ws = workbook.getWorksheet(sheet)!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    const column = headers.indexOf(header) + 1;
    if (column === 0) throw new Error(`no column ${header} in ${sheet}`);
    ws.getRow(row).getCell(column).value = value;
  };

const addRow =
  (sheet: string, values: Record<string, ExcelJS.CellValue>): Edit =>
  (workbook) => {
    const ws = workbook.getWorksheet(sheet)!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    ws.addRow(headers.map((h) => values[String(h)] ?? null));
  };

async function messages(edit: Edit): Promise<string[]> {
  const read = await readStrategyWorkbook(await edited(edit));
  if (read.ok) return [];
  return read.issues.map((i) => formatWorkbookIssue('strategy.xlsx', i));
}

describe('readStrategyWorkbook: every problem located by sheet, row and column', () => {
  it.each<[string, Edit, string]>([
    [
      'a bad number',
      setCell('KPIs', 2, 'baseline', 'n/a'),
      'strategy.xlsx: sheet KPIs, row 2, column I (baseline): expected a number, got text "n/a"',
    ],
    [
      'an unknown objective id in the KPIs sheet',
      setCell('KPIs', 2, 'objective', 'qualty'),
      'strategy.xlsx: sheet KPIs, row 2, column C (objective): unknown objective "qualty" in scorecard "corp" (did you mean "quality"?)',
    ],
    [
      'an unknown column',
      setCell('KPIs', 1, 'target', 'tagret'),
      'strategy.xlsx: sheet KPIs, row 1, column J (tagret): unknown column "tagret" (did you mean "target"?)',
    ],
    [
      'a missing sheet',
      (wb) => {
        wb.removeWorksheet(wb.getWorksheet('Links')!.id);
      },
      'strategy.xlsx: sheet Links: the workbook has no Links sheet',
    ],
    [
      'a misspelt sheet',
      (wb) => {
        wb.getWorksheet('Initiatives')!.name = 'Initiatves';
      },
      'strategy.xlsx: sheet Initiatves: unknown sheet "Initiatves" (did you mean "Initiatives"?)',
    ],
    [
      'a bad value in the Values sheet',
      setCell('Values', 3, 'value', 'five'),
      'strategy.xlsx: sheet Values, row 3, column D (value): expected a number, got "five"',
    ],
    [
      'a bad period in the Values sheet',
      setCell('Values', 3, 'period', '2026-13'),
      'strategy.xlsx: sheet Values, row 3, column C (period):',
    ],
    [
      'the same KPI and period twice',
      addRow('Values', { scorecard: 'corp', kpi: 'return-rate', period: '2026-01', value: 7 }),
      'strategy.xlsx: sheet Values, row 4, column C (period): KPI "return-rate" has period 2026-01 on row 2 already',
    ],
    [
      'a value for an unknown KPI, with a did-you-mean',
      addRow('Values', { scorecard: 'corp', kpi: 'return-rat', period: '2026-03', value: 4 }),
      'strategy.xlsx: sheet Values, row 4, column B (kpi): unknown KPI "return-rat" in scorecard "corp" (did you mean "return-rate"?)',
    ],
    [
      'an unknown scorecard',
      setCell('Objectives', 2, 'scorecard', 'crop'),
      'strategy.xlsx: sheet Objectives, row 2, column B (scorecard): unknown scorecard "crop" (did you mean "corp"?)',
    ],

    [
      'a missing name',
      setCell('Objectives', 2, 'name', null),
      'strategy.xlsx: sheet Objectives, row 2, column C (name):',
    ],
    [
      'a value outside its list',
      setCell('KPIs', 2, 'optimization', 'maximise'),
      'strategy.xlsx: sheet KPIs, row 2, column H (optimization):',
    ],
    [
      'a formula over an unknown KPI',
      setCell('KPIs', 3, 'formula', '[return-rat] / 100'),
      'strategy.xlsx: sheet KPIs, row 3, column U (formula):',
    ],
    [
      'a perspective that the scorecard does not have',
      setCell('Objectives', 2, 'perspective', 'custmer'),
      'strategy.xlsx: sheet Objectives, row 2, column D (perspective):',
    ],
    [
      'lint options that are not JSON',
      addRow('Lint rules', { rule: 'too-many-objectives', options: '{max: 3}' }),
      'strategy.xlsx: sheet Lint rules, row 2, column C (options): expected the rule\'s options as a JSON object such as {"max": 3}, got "{max: 3}"',
    ],
    [
      'an unknown field on the Strategy sheet',
      addRow('Strategy', { field: 'organisation', value: 'Acme' }),
      'strategy.xlsx: sheet Strategy, row 4, column A (field): unknown field "organisation" (did you mean "organization"?)',
    ],
  ])('%s', async (_name, edit, expected) => {
    const found = await messages(edit);
    expect(
      found.some((m) => m.startsWith(expected)),
      found.join('\n'),
    ).toBe(true);
  });

  it('reports every problem at once, in sheet order', async () => {
    const found = await messages((wb) => {
      setCell('Values', 3, 'value', 'five')(wb);
      setCell('KPIs', 2, 'baseline', 'n/a')(wb);
      setCell('Objectives', 2, 'name', null)(wb);
    });
    expect([...new Set(found.map((m) => m.split(',')[0]))]).toEqual([
      'strategy.xlsx: sheet Objectives',
      'strategy.xlsx: sheet KPIs',
      'strategy.xlsx: sheet Values',
    ]);
  });

  it('gives one problem for a typo, not one per row that depends on it', async () => {
    const found = await messages(setCell('Objectives', 2, 'scorecard', 'crop'));
    expect(found).toHaveLength(1);
  });

  it('refuses bytes that are not a workbook', async () => {
    const read = await readStrategyWorkbook(new TextEncoder().encode('kpi,period,value\n'));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.issues[0]?.code).toBe('NOT_A_WORKBOOK');
  });

  it('reads a person\'s edits: readable headers, a date cell, a range as "low; high"', async () => {
    const bytes = await edited((wb) => {
      wb.getWorksheet('KPIs')!.getCell('P1').value = 'Carry forward';
      setCell('KPIs', 2, 'Carry forward', 'yes')(wb);
      setCell('Values', 2, 'period', new Date(Date.UTC(2026, 2, 31)))(wb);
      // Styles are shared between cells once loaded: give this cell a style of its own.
      const cell = wb.getWorksheet('Values')!.getCell('C2');
      cell.style = { ...cell.style, numFmt: 'yyyy-mm-dd' };
      setCell('KPIs', 2, 'optimization', 'range')(wb);
      setCell('KPIs', 2, 'target', '2; 4')(wb);
      setCell('KPIs', 2, 'min', 0)(wb);
      setCell('KPIs', 2, 'max', 10)(wb);
    });
    const read = await readStrategyWorkbook(bytes);
    if (!read.ok) expect(read.issues).toEqual([]);
    const kpi = read.ok ? read.value.scorecards[0]?.objectives[0]?.kpis[0] : undefined;
    expect(kpi?.carryForward).toBe(true);
    expect(kpi?.target).toEqual([2, 4]);
    expect(kpi?.values.map((v) => v.period)).toContain('2026-03-31');
  });

  it('lets rows name no scorecard when the workbook has one', async () => {
    const read = await readStrategyWorkbook(await edited(setCell('KPIs', 2, 'scorecard', null)));
    expect(read.ok && read.value).toEqual(strategy());
  });
});

describe('isStrategyWorkbook', () => {
  it('tells a strategy workbook from a values file by its sheets', async () => {
    expect(await isStrategyWorkbook(await writeStrategyWorkbook(strategy()))).toBe(true);
    expect(await isStrategyWorkbook(await valuesToXlsx([]))).toBe(false);
    expect(await isStrategyWorkbook(new Uint8Array([1, 2, 3]))).toBe(false);
  });
});

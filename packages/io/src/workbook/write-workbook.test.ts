import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parseStrategyText } from '@bearing/core';
import { describe, expect, it } from 'vitest';
import { WORKBOOK_SHEETS } from './sheets.ts';
import { writeStrategyWorkbook } from './write-workbook.ts';

const EVERY_KEY = new URL('./__fixtures__/every-key.yaml', import.meta.url);

async function everyKeyWorkbook(): Promise<ExcelJS.Workbook> {
  const parsed = parseStrategyText(readFileSync(EVERY_KEY, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  const workbook = new ExcelJS.Workbook();
  const bytes = await writeStrategyWorkbook(parsed.value);
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A sheet's rows as {header: cell value} records. */
function records(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  });
  return out;
}

describe('writeStrategyWorkbook', () => {
  it('writes every sheet, in order, with a bold frozen header and ids in the first column', async () => {
    const workbook = await everyKeyWorkbook();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(WORKBOOK_SHEETS.map((s) => s.name));
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font.bold).toBe(true);
      // The every-key fixture has something for every sheet.
      expect(sheet.rowCount, sheet.name).toBeGreaterThan(1);
    }
    for (const name of ['Scorecards', 'Objectives', 'KPIs', 'Initiatives', 'Segments']) {
      expect(workbook.getWorksheet(name)!.getCell('A1').value).toBe('id');
    }
  });

  it('writes lists as "; " text, formulas as text, periods as text and numbers as numbers', async () => {
    const workbook = await everyKeyWorkbook();
    const kpis = records(workbook.getWorksheet('KPIs')!);
    expect(kpis.find((k) => k['id'] === 'revenue-per-client')?.['formula']).toBe(
      '[revenue] / [clients]',
    );
    expect(kpis.find((k) => k['id'] === 'margin')?.['target']).toBe('20; 30');
    expect(kpis.find((k) => k['id'] === 'revenue')?.['baseline']).toBe(100);
    const segments = records(workbook.getWorksheet('Segments')!);
    expect(segments[0]?.['values']).toBe('price; quality');
    const values = records(workbook.getWorksheet('Values')!);
    expect(values[0]).toEqual({
      scorecard: 'corp',
      kpi: 'revenue',
      period: '2026-Q1',
      value: 110,
      comment: null,
    });
    const needs = records(workbook.getWorksheet('Needs')!);
    expect(needs.map((n) => n['need'])).toEqual(['Gear that lasts; and is light', 'Fair prices']);
  });

  it('writes the four default perspectives out, so a person sees what the scorecard has', async () => {
    const parsed = parseStrategyText(
      'bearing: 1\nscorecards:\n  - {id: s, name: S, objectives: []}\n',
    );
    if (!parsed.ok) throw new Error('fixture');
    const workbook = new ExcelJS.Workbook();
    const bytes = await writeStrategyWorkbook(parsed.value);
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(records(workbook.getWorksheet('Perspectives')!).map((p) => p['id'])).toEqual([
      'financial',
      'customer',
      'internal',
      'learning',
    ]);
  });
});

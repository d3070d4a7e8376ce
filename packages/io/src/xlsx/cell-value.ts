import type { CellValue } from 'exceljs';
import type { Cell } from '@bearing/core';

/**
 * An exceljs cell as a values-table cell: numbers stay numbers, date cells become the day they
 * show, a formula gives its cached result (what Excel displayed when it saved), rich text and
 * hyperlinks their text. A number formatted as a percentage (0.125 shown as 12.5%) becomes the
 * text `12.5%`, the number as the person sees and typed it, which % KPIs store.
 */
export function toCell(value: CellValue, numFmt: string | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return numFmt?.includes('%') ? `${percentOf(value)}%` : value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined) return `=${value.formula ?? ''}`;
    return toCell(value.result, numFmt);
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return null;
}

/** 0.125 → 12.5 without binary noise (0.07 × 100 is 7.000000000000001). */
function percentOf(value: number): number {
  return Number((value * 100).toPrecision(12));
}

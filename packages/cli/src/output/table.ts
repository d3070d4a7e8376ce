import { stripAnsi } from './colors.ts';

/**
 * A minimal column layout: cells are padded to the widest cell of their column, measured without
 * colour codes, so colouring a cell never shifts the columns.
 */
export interface Cell {
  readonly text: string;
  /** Applied after padding is measured (colour, bold). */
  readonly paint?: (text: string) => string;
}
export type Align = 'left' | 'right';

const GAP = '  ';

export function renderTable(rows: readonly (readonly Cell[])[], aligns: readonly Align[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, width(cell.text));
    });
  }
  const lines = rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - width(cell.text));
        const text = cell.paint ? cell.paint(cell.text) : cell.text;
        return aligns[i] === 'right' ? pad + text : text + pad;
      })
      .join(GAP)
      .trimEnd(),
  );
  return lines.map((line) => `${line}\n`).join('');
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Width in terminal columns, counted in graphemes (not UTF-16 units), so `≤`, `é` and names in
 * other scripts align. East Asian wide characters still count as one: rare in ids and names.
 */
export function width(text: string): number {
  return Array.from(GRAPHEMES.segment(stripAnsi(text))).length;
}

export const cell = (text: string, paint?: (text: string) => string): Cell =>
  paint ? { text, paint } : { text };

import type { BenchRow } from './suite.ts';

/** The report as a Markdown table, so it can be pasted into docs/performance.md as it is. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = [
    'measure',
    'ours (median ms)',
    'baseline (median ms)',
    'ratio',
    'aim',
    'met',
    'note',
  ];
  const body = rows.map((row) => [
    row.measure,
    ms(row.ours.median),
    row.baseline ? ms(row.baseline.median) : '—',
    row.baseline ? `${(row.ours.median / row.baseline.median).toFixed(2)}×` : '—',
    row.aim,
    row.met === null ? '' : row.met ? 'yes' : 'NO',
    row.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 || i >= 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 || i >= 4 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

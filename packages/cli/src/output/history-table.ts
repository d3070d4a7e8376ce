import type { HistoryPoint } from '@bearing/core';
import type { HistoryTarget } from '../commands/history-target.ts';
import type { Colors } from './colors.ts';
import { formatScore, formatValue } from './format.ts';
import { statusCell } from './score-tree.ts';
import { type Align, type Cell, cell, renderTable } from './table.ts';

const BAR_WIDTH = 20;

/** period | value | score | status | bar — the value column only for a KPI (objectives have none). */
export function formatHistory(
  target: HistoryTarget,
  points: readonly HistoryPoint[],
  step: string,
  colors: Colors,
): string {
  const isKpi = target.kind === 'kpi';
  const unit = target.kind === 'kpi' ? target.unit : null;
  const header = ['period', ...(isKpi ? ['value'] : []), 'score', 'status', ''];
  const rows: Cell[][] = [header.map((h) => cell(h, colors.dim))];
  for (const point of points) {
    rows.push([
      cell(point.period),
      ...(isKpi ? [cell(formatValue(point.value, unit))] : []),
      cell(formatScore(point.score)),
      statusCell(point.status, colors),
      cell(bar(point.score), (text) => colors.status(point.status, text)),
    ]);
  }
  const aligns: Align[] = ['left', ...(isKpi ? (['right'] as const) : []), 'right', 'left', 'left'];
  const what = isKpi ? 'KPI' : 'objective';
  const first = points[0]?.period ?? '';
  const last = points.at(-1)?.period ?? '';
  const title = colors.bold(
    `${target.name} (${what} ${target.id} in ${target.scorecard.id}), ${first} to ${last}, ${step}`,
  );
  return `${title}\n${renderTable(rows, aligns)}`;
}

/** A score as a bar of BAR_WIDTH cells: `█` for the score, `░` for the rest; none when no data. */
export function bar(score: number | null): string {
  if (score === null) return '';
  const filled = Math.round(Math.min(1, Math.max(0, score)) * BAR_WIDTH);
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

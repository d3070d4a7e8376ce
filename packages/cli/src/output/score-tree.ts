import type { KpiScore, ObjectiveScore, ScorecardScore, Status } from '@bearing/core';
import type { Colors } from './colors.ts';
import { formatCoverage, formatScore, formatTarget, formatValue } from './format.ts';
import { type Align, type Cell, cell, renderTable } from './table.ts';

/**
 * The human view of a scoring run: an indented tree scorecard → perspective → objective
 * (sub-objectives and cascaded contributors nested) → KPI, one row per node, with aligned
 * columns: score, status, value, target, then coverage or flags.
 */
const INDENT = '  ';
const ALIGNS: readonly Align[] = ['left', 'right', 'left', 'right', 'right', 'left'];

export function formatScorecardTree(score: ScorecardScore, colors: Colors): string {
  const rows: Cell[][] = [
    [cell(''), ...['score', 'status', 'value', 'target'].map((h) => cell(h, colors.dim)), cell('')],
  ];
  rows.push(
    nodeRow(score.name, score.score, score.status, formatCoverage(score.coverage), colors, true),
  );
  for (const perspective of score.perspectives) {
    rows.push(
      nodeRow(
        INDENT + perspective.name,
        perspective.score,
        perspective.status,
        formatCoverage(perspective.coverage),
        colors,
        true,
      ),
    );
    for (const objective of perspective.objectives) objectiveRows(objective, 2, '', rows, colors);
  }
  const title = colors.bold(`${score.name} (${score.id}) as of ${score.period}`);
  return `${title}\n${renderTable(rows, ALIGNS)}`;
}

function objectiveRows(
  objective: ObjectiveScore,
  depth: number,
  prefix: string,
  rows: Cell[][],
  colors: Colors,
): void {
  const label = INDENT.repeat(depth) + prefix + objective.name;
  rows.push(
    nodeRow(
      label,
      objective.score,
      objective.status,
      formatCoverage(objective.coverage),
      colors,
      false,
    ),
  );
  for (const kpi of objective.kpis) rows.push(kpiRow(kpi, depth + 1, colors));
  for (const sub of objective.objectives) objectiveRows(sub, depth + 1, '', rows, colors);
  // A contributor lives in another scorecard; the arrow and its scorecard id say so.
  for (const contributor of objective.contributors) {
    objectiveRows(
      { ...contributor, name: `${contributor.name} [${contributor.scorecard}]` },
      depth + 1,
      '↳ ',
      rows,
      colors,
    );
  }
}

function nodeRow(
  label: string,
  score: number | null,
  status: Status,
  notes: string,
  colors: Colors,
  strong: boolean,
): Cell[] {
  return [
    cell(label, strong ? colors.bold : undefined),
    cell(formatScore(score)),
    statusCell(status, colors),
    cell(''),
    cell(''),
    cell(notes, colors.dim),
  ];
}

function kpiRow(kpi: KpiScore, depth: number, colors: Colors): Cell[] {
  return [
    cell(`${INDENT.repeat(depth)}• ${kpi.name}`),
    cell(formatScore(kpi.score)),
    statusCell(kpi.status, colors),
    cell(kpiValue(kpi)),
    cell(formatTarget(kpi.target, kpi.unit, kpi.optimization, kpi.baseline)),
    cell(kpiFlags(kpi).join(' '), colors.yellow),
  ];
}

/** A carried-forward value names the period it came from: `3.5% (2026-04)`. */
function kpiValue(kpi: KpiScore): string {
  const value = formatValue(kpi.value, kpi.unit);
  return kpi.stale && kpi.valuePeriod !== null ? `${value} (${kpi.valuePeriod})` : value;
}

export function statusCell(status: Status, colors: Colors): Cell {
  return cell(status, (text) => colors.status(status, text));
}

/** `[no data]` explains a missing score; `[stale]` and `[overdue]` qualify a present one. */
export function kpiFlags(kpi: KpiScore): string[] {
  const flags: string[] = [];
  if (kpi.value === null) flags.push('[no data]');
  if (kpi.stale) flags.push('[stale]');
  if (kpi.overdue) flags.push('[overdue]');
  return flags;
}

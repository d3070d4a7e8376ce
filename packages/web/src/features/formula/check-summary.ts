/**
 * The words under the formula field: each problem with where it is, and the preview of the
 * value ("= 2.5% for Mar 2026"). Only formatting: the verdict and the value are the server's.
 */
import { describeSpan } from '@bearing/core';
import type { FormulaCheckProblem, FormulaCheckResult, FormulaInput } from '../../api/types.ts';
import { formatValue } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';

/** "At characters 12–18: no KPI "vists" …"; a message that already says where is kept. */
export function problemText(problem: FormulaCheckProblem): string {
  if (/\bat characters? \d/.test(problem.message)) return problem.message;
  const where = describeSpan(problem);
  return `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${problem.message}`;
}

/** The value the formula gives, as the KPI will show it. */
export function previewText(result: FormulaCheckResult, unit: string | null): string {
  const period = periodLabel(result.period);
  if (result.value === null) return `= no value for ${period}`;
  return `= ${formatValue(result.value, unit)} for ${period}`;
}

/** Why there is no value: the inputs without one (missing data is null, never zero). */
export function missingInputs(inputs: readonly FormulaInput[]): string | null {
  const missing = inputs.filter((i) => i.value === null).map((i) => i.reference);
  if (missing.length === 0) return null;
  const list = [...new Set(missing)].join(', ');
  return `${list} ${missing.length === 1 ? 'has' : 'have'} no value for the period`;
}

/** "[orders] 120 · [visits] 4,800": the inputs the value came from. */
export function inputsText(inputs: readonly FormulaInput[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const input of inputs) {
    if (seen.has(input.reference)) continue;
    seen.add(input.reference);
    parts.push(`${input.reference} ${formatValue(input.value)}${input.stale ? ' (stale)' : ''}`);
  }
  return parts.join(' · ');
}

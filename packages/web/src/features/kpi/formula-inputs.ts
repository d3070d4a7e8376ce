/**
 * The KPIs a calculated KPI is computed from, one row each: from the server's explanation when
 * it has one (with the values as of the period), else read from the formula itself, so the links
 * are there even before any input has a value.
 */
import { parseFormula, referencesOf } from '@bearing/core';
import type { FormulaInput } from '../../api/types.ts';

export interface InputRow {
  readonly scorecard: string;
  readonly kpi: string;
  readonly name: string;
  readonly reference: string;
  /** Undefined when not known (no explanation yet); null when the input has no value. */
  readonly value: number | null | undefined;
  readonly period: string | null;
  readonly stale: boolean;
  readonly calculated: boolean;
}

export function inputRows(
  scorecard: string,
  formula: string,
  inputs: readonly FormulaInput[] | undefined,
): InputRow[] {
  const rows = new Map<string, InputRow>();
  if (inputs !== undefined && inputs.length > 0) {
    for (const i of inputs) {
      const key = `${i.scorecard}/${i.kpi}`;
      if (!rows.has(key)) rows.set(key, { ...i });
    }
    return [...rows.values()];
  }
  const parsed = parseFormula(formula);
  if (!parsed.ok) return [];
  for (const ref of referencesOf(parsed.tree)) {
    const sc = ref.scorecard ?? scorecard;
    const key = `${sc}/${ref.kpi}`;
    if (rows.has(key)) continue;
    rows.set(key, {
      scorecard: sc,
      kpi: ref.kpi,
      name: ref.kpi,
      reference: `[${ref.scorecard === null ? '' : `${ref.scorecard}/`}${ref.kpi}]`,
      value: undefined,
      period: null,
      stale: false,
      calculated: false,
    });
  }
  return [...rows.values()];
}

import type { Kpi } from '../model/strategy.ts';
import type { CellNumber } from './number-cell.ts';
import type { ValuesProblemCode } from './problems.ts';

/**
 * What the KPI's unit forbids of a number read from a cell: `%` written after the number of a
 * KPI that is not a % KPI, or a negative % without `allowNegative` (scoring.md §2, the same rule
 * `bearing validate` and the values API apply).
 */
export function unitProblem(
  kpi: Kpi,
  number: CellNumber,
  written: string,
): { readonly code: ValuesProblemCode; readonly message: string } | null {
  if (number.percent && kpi.unit !== '%') {
    const unit = kpi.unit === null ? 'has no unit' : `is measured in ${kpi.unit}`;
    return {
      code: 'PERCENT_NOT_ALLOWED',
      message: `"${written}": "${kpi.name}" ${unit}, not %; write the number without %`,
    };
  }
  if (number.value < 0 && kpi.unit === '%' && !kpi.allowNegative) {
    return {
      code: 'NEGATIVE_PERCENT',
      message: `"${kpi.name}" is a % KPI and cannot be negative (got ${number.value}); if it can (e.g. growth), set allowNegative: true on the KPI`,
    };
  }
  return null;
}

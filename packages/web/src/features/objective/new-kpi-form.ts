/** "Add KPI" on an objective: the form's values as `createKpiInput` (POST …/kpis). */
import { KPI_DEFAULTS, createKpiInput } from '@bearing/core';
import {
  issuesToFieldErrors,
  numberOrNull,
  textOrNull,
  type FieldErrors,
} from '../../components/forms/field-errors.ts';
import { withoutNulls } from '../../components/forms/patch.ts';

export interface NewKpiValues {
  readonly name: string;
  readonly unit: string;
  readonly indicator: string;
  readonly optimization: string;
  readonly baseline: number | string;
  readonly target: number | string;
  readonly targetLow: number | string;
  readonly targetHigh: number | string;
  readonly frequency: string;
  readonly owner: string;
  /** A calculated KPI's formula; '' for a KPI whose values are entered. */
  readonly formula: string;
}

export const EMPTY_NEW_KPI: NewKpiValues = {
  name: '',
  unit: '',
  indicator: '',
  optimization: KPI_DEFAULTS.optimization,
  baseline: '',
  target: '',
  targetLow: '',
  targetHigh: '',
  frequency: KPI_DEFAULTS.frequency,
  owner: '',
  formula: '',
};

function target(v: NewKpiValues): unknown {
  if (v.optimization !== 'range') return numberOrNull(v.target);
  const low = numberOrNull(v.targetLow);
  const high = numberOrNull(v.targetHigh);
  return low === null && high === null ? null : [low, high];
}

/** The POST body: empty fields left out (the file's defaults apply), the objective named. */
export function newKpiInput(objective: string, v: NewKpiValues): Record<string, unknown> {
  return withoutNulls({
    objective,
    name: v.name,
    unit: textOrNull(v.unit),
    indicator: v.indicator === '' ? null : v.indicator,
    optimization: v.optimization,
    baseline: numberOrNull(v.baseline),
    target: target(v),
    frequency: v.frequency,
    owner: textOrNull(v.owner),
    formula: textOrNull(v.formula),
  });
}

export function validateNewKpi(input: Record<string, unknown>): FieldErrors {
  const result = createKpiInput.safeParse(input);
  return result.success ? {} : issuesToFieldErrors(result.error.issues);
}

/**
 * The KPI definition form: the record's fields as form values, and back as the API's input in
 * the strategy file's syntax. A field is sent only when its API form changed, so an untouched
 * form sends nothing and a reset field (emptied) is sent as null ("back to the default").
 */
import { KPI_DEFAULTS, parsePeriod, updateKpiInput } from '@bearing/core';
import type { KpiRecord, Target } from '../../api/types.ts';
import {
  issuesToFieldErrors,
  numberOrNull,
  numberToInput,
  textOrNull,
  type FieldErrors,
} from '../../components/forms/field-errors.ts';
import { changedFields } from '../../components/forms/patch.ts';

export type NumberField = number | string;

export interface TargetRow {
  readonly period: string;
  readonly value: NumberField;
  /** The upper end, for a range KPI. */
  readonly high: NumberField;
}

export interface KpiFormValues {
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly indicator: string;
  readonly optimization: string;
  readonly baseline: NumberField;
  readonly target: NumberField;
  readonly targetLow: NumberField;
  readonly targetHigh: NumberField;
  readonly targets: readonly TargetRow[];
  readonly min: NumberField;
  readonly max: NumberField;
  readonly weight: NumberField;
  readonly frequency: string;
  readonly aggregation: string;
  readonly carryForward: boolean;
  /** Thresholds of its own instead of the scorecard's; green and amber in percent. */
  readonly ownThresholds: boolean;
  readonly green: NumberField;
  readonly amber: NumberField;
  readonly allowNegative: boolean;
  readonly owner: string;
  readonly segment: string;
  readonly outcome: string;
  /** A calculated KPI's formula; '' when its values are entered. */
  readonly formula: string;
}

/** A formula makes the KPI calculated: no values of its own, no aggregation, no carry-forward. */
export const isCalculated = (values: Pick<KpiFormValues, 'formula'>): boolean =>
  values.formula.trim() !== '';

/** Percent for people, fractions for the API; rounded so 0.7 shows as 70, not 70.00000000000001. */
const toPercent = (fraction: number): number => Math.round(fraction * 1e8) / 1e6;
const fromPercent = (value: NumberField): number | null => {
  const n = numberOrNull(value);
  return n === null ? null : Math.round(n * 1e6) / 1e8;
};

function targetRow(period: string, target: Target): TargetRow {
  return typeof target === 'number'
    ? { period, value: target, high: '' }
    : { period, value: target[0], high: target[1] };
}

export function kpiToValues(kpi: KpiRecord): KpiFormValues {
  const range = Array.isArray(kpi.target) ? (kpi.target as readonly [number, number]) : null;
  return {
    name: kpi.name,
    description: kpi.description ?? '',
    unit: kpi.unit ?? '',
    indicator: kpi.indicator ?? '',
    optimization: kpi.optimization,
    baseline: numberToInput(kpi.baseline),
    target: typeof kpi.target === 'number' ? kpi.target : '',
    targetLow: range ? range[0] : '',
    targetHigh: range ? range[1] : '',
    targets: Object.entries(kpi.targets).map(([period, t]) => targetRow(period, t)),
    min: numberToInput(kpi.min),
    max: numberToInput(kpi.max),
    weight: kpi.weight,
    frequency: kpi.frequency,
    aggregation: kpi.aggregation,
    carryForward: kpi.carryForward,
    ownThresholds: kpi.thresholds !== null,
    green: kpi.thresholds ? toPercent(kpi.thresholds.green) : '',
    amber: kpi.thresholds ? toPercent(kpi.thresholds.amber) : '',
    allowNegative: kpi.allowNegative,
    owner: kpi.owner ?? '',
    segment: kpi.segment ?? '',
    outcome: kpi.outcome ?? '',
    formula: kpi.formula ?? '',
  };
}

/** A target as the API writes it: a number, or [low, high] for a range KPI; null when empty. */
function targetInput(range: boolean, value: NumberField, high: NumberField): unknown {
  if (!range) return numberOrNull(value);
  const low = numberOrNull(value);
  const top = numberOrNull(high);
  return low === null && top === null ? null : [low, top];
}

function targetsInput(values: KpiFormValues): Record<string, unknown> | null {
  const range = values.optimization === 'range';
  const out: Record<string, unknown> = {};
  for (const row of values.targets) {
    if (row.period.trim() === '' && row.value === '' && row.high === '') continue;
    out[row.period.trim()] = targetInput(range, row.value, row.high);
  }
  return Object.keys(out).length === 0 ? null : out;
}

/** Every definition field in the API's syntax (what `updateKpiInput` reads). */
export function kpiValuesToInput(values: KpiFormValues): Record<string, unknown> {
  const range = values.optimization === 'range';
  return {
    name: values.name,
    description: textOrNull(values.description),
    unit: textOrNull(values.unit),
    indicator: values.indicator === '' ? null : values.indicator,
    optimization: values.optimization,
    baseline: numberOrNull(values.baseline),
    target: range
      ? targetInput(true, values.targetLow, values.targetHigh)
      : targetInput(false, values.target, ''),
    targets: targetsInput(values),
    min: numberOrNull(values.min),
    max: numberOrNull(values.max),
    weight: numberOrNull(values.weight),
    frequency: values.frequency,
    aggregation: values.aggregation,
    carryForward: values.carryForward,
    thresholds: values.ownThresholds
      ? { green: fromPercent(values.green), amber: fromPercent(values.amber) }
      : null,
    allowNegative: values.allowNegative,
    owner: textOrNull(values.owner),
    segment: textOrNull(values.segment),
    outcome: values.outcome === '' ? null : values.outcome,
    formula: textOrNull(values.formula),
  };
}

/**
 * The changed fields. A calculated KPI has no aggregation or carry-forward (the server refuses
 * them beside a formula: its inputs fold by their own rules), so a change to them made before
 * the formula was typed is dropped, and a KPI turning calculated resets its own to the defaults
 * (null), since the form no longer shows them to fix.
 */
export function kpiPatch(base: KpiFormValues, draft: KpiFormValues): Record<string, unknown> {
  const patch = changedFields(kpiValuesToInput(base), kpiValuesToInput(draft));
  if (isCalculated(draft)) {
    delete patch['aggregation'];
    delete patch['carryForward'];
    if (base.aggregation !== KPI_DEFAULTS.aggregation) patch['aggregation'] = null;
    if (base.carryForward) patch['carryForward'] = null;
  }
  return patch;
}

const THRESHOLD_HINT = ' (in the form: green and amber in %, 0–100, amber at most green)';

/**
 * The shared schema's messages per field, plus the per-period target keys, which the schema
 * leaves to the strategy check: a readable message before the round trip.
 */
export function validateKpiPatch(patch: Record<string, unknown>): FieldErrors {
  const result = updateKpiInput.safeParse(patch);
  const errors: Record<string, string> = result.success
    ? {}
    : { ...issuesToFieldErrors(result.error.issues) };
  if (errors['thresholds'] !== undefined) errors['thresholds'] += THRESHOLD_HINT;
  const targets = patch['targets'];
  if (targets && typeof targets === 'object' && errors['targets'] === undefined) {
    for (const key of Object.keys(targets)) {
      const parsed = parsePeriod(key);
      if (!parsed.ok) {
        errors['targets'] = key === '' ? 'Each per-period target needs a period' : parsed.message;
        break;
      }
    }
  }
  return errors;
}

const SCALE_LABEL: Readonly<Record<string, string>> = {
  optimization: 'Optimization',
  baseline: 'Baseline',
  target: 'Target',
  min: 'Min',
  max: 'Max',
};
export const SCALE_FIELDS: ReadonlySet<string> = new Set(Object.keys(SCALE_LABEL));

/** The form's low/high inputs are the API's one `target` field. */
export const scaleKey = (key: string): string =>
  key === 'targetLow' || key === 'targetHigh' ? 'target' : key;

/** The first problem with the scale, named by its field: "Target: minimize needs …". */
export function scaleProblem(errors: Readonly<Record<string, string>>): string | null {
  for (const [field, label] of Object.entries(SCALE_LABEL)) {
    const message = errors[field];
    if (message !== undefined) return `${label}: ${message}`;
  }
  return null;
}

/** Props that bind the KPI form's inputs to its values and errors (one place for the wiring). */
import type { FieldErrors } from '../../components/forms/field-errors.ts';
import { SCALE_FIELDS, scaleKey, type KpiFormValues } from './kpi-form.ts';

export type SetKpiField = <K extends keyof KpiFormValues>(key: K, value: KpiFormValues[K]) => void;

export function kpiFieldBindings(values: KpiFormValues, errors: FieldErrors, set: SetKpiField) {
  return {
    text: (key: keyof KpiFormValues) => ({
      value: values[key] as string,
      error: errors[key],
      onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
    }),
    /** Scale fields are only marked: their message is shown once under the scale. */
    number: (key: keyof KpiFormValues) => ({
      value: values[key] as number | string,
      error: SCALE_FIELDS.has(scaleKey(key)) ? errors[scaleKey(key)] !== undefined : errors[key],
      onChange: (v: number | string) => set(key, v),
    }),
    select: (key: keyof KpiFormValues) => ({
      value: values[key] as string,
      error: errors[key],
      allowDeselect: false,
      onChange: (v: string | null) => set(key, v ?? ''),
    }),
  };
}

import { z } from 'zod';
import { finiteNumber, idField, textField } from '../fields.ts';
import { periodKeyField } from './period.input.ts';

const comment = textField.nullable().default(null);

/** One value; the period is in the address. */
export const putValueInput = z.strictObject({
  value: finiteNumber.describe('a finite number in the KPI unit'),
  comment,
  version: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('the version you read (0: it must not exist yet); omit to write regardless'),
});
export type PutValueInput = z.output<typeof putValueInput>;

/** Bulk entry from a spreadsheet or a script: re-sending the same data writes nothing. */
export const bulkValuesInput = z.strictObject({
  values: z
    .array(z.strictObject({ kpi: idField, period: periodKeyField, value: finiteNumber, comment }))
    .min(1)
    .max(10_000)
    .describe('later entries for the same KPI and period win'),
});
export type BulkValuesInput = z.output<typeof bulkValuesInput>;

import { z } from 'zod';
import { idField, nameField } from '../fields.ts';
import { kpiSchema } from '../strategy-file.schema.ts';
import { patchShape, versionField } from './common.input.ts';

/**
 * A new KPI as the file writes one, plus the objective it measures. Values are written through
 * the value inputs (idempotent upserts), not with the definition.
 */
export const createKpiInput = kpiSchema
  .omit({ values: true })
  .extend({ objective: idField.describe('the objective this KPI measures') });
export type CreateKpiInput = z.output<typeof createKpiInput>;

const rest = kpiSchema.omit({ id: true, name: true, values: true }).shape;

/** Scale fields are checked together with the stored ones: the result must stay scorable. */
export const updateKpiInput = z
  .strictObject({
    version: versionField.optional(),
    name: nameField.optional(),
    ...patchShape(rest),
  })
  .describe('only the fields to change; null resets a field to its default');
export type UpdateKpiInput = z.output<typeof updateKpiInput>;

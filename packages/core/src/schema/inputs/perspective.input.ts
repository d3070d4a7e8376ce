import { z } from 'zod';
import { nameField, weightField } from '../fields.ts';
import { perspectiveSchema } from '../strategy-file.schema.ts';
import { versionField } from './common.input.ts';

export const createPerspectiveInput = perspectiveSchema;
export type CreatePerspectiveInput = z.output<typeof createPerspectiveInput>;

export const updatePerspectiveInput = z
  .strictObject({
    version: versionField.optional(),
    name: nameField.optional(),
    weight: weightField.optional(),
  })
  .describe('only the fields to change');
export type UpdatePerspectiveInput = z.output<typeof updatePerspectiveInput>;

import { z } from 'zod';
import { idField, nameField } from '../fields.ts';
import { initiativeSchema } from '../strategy-file.schema.ts';
import { patchShape, versionField } from './common.input.ts';

export const createInitiativeInput = initiativeSchema.extend({
  objective: idField.describe('the objective this initiative serves'),
});
export type CreateInitiativeInput = z.output<typeof createInitiativeInput>;

const rest = initiativeSchema.omit({ id: true, name: true }).shape;

export const updateInitiativeInput = z
  .strictObject({
    version: versionField.optional(),
    name: nameField.optional(),
    ...patchShape(rest),
  })
  .describe('only the fields to change; null resets a field to its default');
export type UpdateInitiativeInput = z.output<typeof updateInitiativeInput>;

import { z } from 'zod';
import { nameField } from '../fields.ts';
import { objectiveSchema } from '../strategy-file.schema.ts';
import { patchShape, versionField } from './common.input.ts';

/** A new objective as the file writes one; it may bring its KPIs and initiatives along. */
export const createObjectiveInput = objectiveSchema;
export type CreateObjectiveInput = z.output<typeof createObjectiveInput>;

const { perspective, weight, rollup, owner, description, parent, contributesTo } =
  objectiveSchema.shape;
const { stakeholder, segment, lint } = objectiveSchema.shape;

/**
 * Descriptive fields, roll-up settings, and moves (perspective, parent, contributesTo). A move is
 * checked like the file: a reference must exist and must not close a cycle.
 */
export const updateObjectiveInput = z
  .strictObject({
    version: versionField.optional(),
    name: nameField.optional(),
    perspective: perspective.optional(),
    ...patchShape({ weight, rollup, owner, description, parent, contributesTo }),
    ...patchShape({ stakeholder, segment, lint }),
  })
  .describe('only the fields to change; null resets a field to its default');
export type UpdateObjectiveInput = z.output<typeof updateObjectiveInput>;

import { z } from 'zod';
import { nameField } from '../fields.ts';
import { scorecardSchema } from '../strategy-file.schema.ts';
import { patchShape, versionField } from './common.input.ts';

/** A new scorecard exactly as the strategy file writes one (perspectives default to the four). */
export const createScorecardInput = scorecardSchema;
export type CreateScorecardInput = z.output<typeof createScorecardInput>;

const { description, owner, thresholds } = scorecardSchema.shape;

export const updateScorecardInput = z
  .strictObject({
    version: versionField.optional(),
    name: nameField.optional(),
    ...patchShape({ description, owner, thresholds }),
  })
  .describe('only the fields to change; null resets a field to its default');
export type UpdateScorecardInput = z.output<typeof updateScorecardInput>;

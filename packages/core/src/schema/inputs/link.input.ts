import { z } from 'zod';
import { linkSchema } from '../strategy-file.schema.ts';
import { patchShape, versionField } from './common.input.ts';

export const createLinkInput = linkSchema;
export type CreateLinkInput = z.output<typeof createLinkInput>;

const { hypothesis, lag, evidence } = linkSchema.shape;

/** `from` and `to` are the link's address; to re-point a link, delete it and create another. */
export const updateLinkInput = z
  .strictObject({ version: versionField.optional(), ...patchShape({ hypothesis, lag, evidence }) })
  .describe('only the fields to change; null clears a field');
export type UpdateLinkInput = z.output<typeof updateLinkInput>;

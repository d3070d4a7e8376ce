import { z } from 'zod';
import {
  CUSTOMER_OUTCOMES,
  STAKEHOLDER_KINDS,
  VALUE_ATTRIBUTES,
  VALUE_DISCIPLINES,
} from '../model/customer.ts';
import { enumField, idField, nameField, textField } from './fields.ts';

/** `scorecards[].customer`: stakeholders, segments and the value proposition. */

export const stakeholderKindField = enumField(STAKEHOLDER_KINDS, 'a stakeholder kind');
export const valueAttributeField = enumField(VALUE_ATTRIBUTES, 'a value attribute');
export const valueDisciplineField = enumField(VALUE_DISCIPLINES, 'a value discipline');
export const customerOutcomeField = enumField(CUSTOMER_OUTCOMES, 'a customer outcome');

export const stakeholderSchema = z.strictObject({
  id: idField.optional().describe('Default: slug of the name; unique within the scorecard'),
  name: nameField,
  kind: stakeholderKindField.optional().describe('customer (default), partner or other'),
  needs: z.array(textField).optional().describe('What they want, in their own words'),
});

export const segmentSchema = z.strictObject({
  id: idField.optional().describe('Default: slug of the name; unique within the scorecard'),
  name: nameField,
  description: textField.optional(),
  values: z.array(valueAttributeField).optional().describe('What the segment values most'),
  targeted: z.boolean().optional().describe('Whether the strategy targets it; default true'),
});

export const valuePropositionSchema = z.strictObject({
  discipline: valueDisciplineField.optional(),
  attributes: z
    .array(
      z.strictObject({
        attribute: valueAttributeField,
        objective: idField.describe('The objective of this scorecard that delivers it'),
      }),
    )
    .optional(),
});

export const challengeSchema = z.strictObject({
  id: idField.optional().describe('Default: slug of the name; unique within the scorecard'),
  name: nameField.describe('The business challenge, e.g. "Few customers come back"'),
  description: textField.optional(),
  hypotheses: z
    .array(
      z.strictObject({
        statement: textField.describe('A supposed cause, e.g. "Product quality is the reason"'),
        objectives: z
          .array(idField)
          .optional()
          .describe('Objectives of this scorecard that address it'),
      }),
    )
    .optional(),
});

export const customerSectionSchema = z.strictObject({
  stakeholders: z.array(stakeholderSchema).optional(),
  segments: z.array(segmentSchema).optional(),
  valueProposition: valuePropositionSchema.optional(),
  challenges: z
    .array(challengeSchema)
    .optional()
    .describe(
      'Business challenges → hypotheses about the cause → the objectives that address them',
    ),
});

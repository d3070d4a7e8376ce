import { z } from 'zod';
import {
  customerOutcomeField,
  valueAttributeField,
  valueDisciplineField,
} from '../schema/customer-section.schema.ts';
import { nameField, textField } from '../schema/fields.ts';

/**
 * The Strategy Map Wizard's answers file: a few facts about the organisation, from which the
 * wizard builds a whole first strategy map. The same schema checks the interactive answers.
 */
export const answersSchema = z.strictObject({
  organization: nameField.describe('The organisation the strategy is for'),
  sector: textField
    .optional()
    .describe(
      'health care, local government, non-profit, education, business services, retail, manufacturing or general; other words are read as the nearest sector (docs/customer.md)',
    ),
  valueDiscipline: valueDisciplineField.describe('How the organisation wins its customers'),
  segments: z
    .array(
      z.strictObject({
        name: nameField,
        description: textField.optional(),
        values: z.array(valueAttributeField).optional().describe('What the segment values most'),
      }),
    )
    .min(1, { error: 'expected at least one targeted customer segment' }),
  partners: z
    .array(nameField)
    .optional()
    .describe('Partner groups: dealers, referrers, suppliers, volunteers, funders …'),
  otherStakeholders: z
    .array(nameField)
    .optional()
    .describe('Others whose needs count: families beside patients, a regulator, donors …'),
  challenge: textField
    .optional()
    .describe('The business challenge, e.g. "Few customers come back"'),
  outcomes: z
    .array(customerOutcomeField)
    .min(1, { error: 'expected at least one outcome, or leave the key out for the default' })
    .optional()
    .describe('Core outcomes to measure per segment; default retention, satisfaction, acquisition'),
});

export type WizardAnswers = z.infer<typeof answersSchema>;

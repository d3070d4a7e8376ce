import { z } from 'zod';
import {
  aggregationField,
  finiteNumber,
  formulaField,
  frequencyField,
  idField,
  indicatorField,
  initiativeStatusField,
  isoDateField,
  lagField,
  nameField,
  optimizationField,
  periodRecord,
  rollupField,
  shortTextField,
  targetField,
  textField,
  thresholdsField,
  valueEntry,
  weightField,
} from './fields.ts';
import { customerOutcomeField, customerSectionSchema } from './customer-section.schema.ts';
import { objectiveLintSchema, strategyLintSchema } from './lint-section.schema.ts';

/**
 * The strategy file (docs/strategy-file.md) as zod schemas: the one definition of the format.
 * Strict objects everywhere, so a misspelt key is an error, never silently ignored.
 * Cross-references, period keys and KPI scales are checked after this shape check.
 */

export const kpiSchema = z.strictObject({
  id: idField.optional().describe('Default: slug of the name; unique within the scorecard'),
  name: nameField,
  description: textField.optional(),
  unit: shortTextField(40).optional().describe('e.g. "%", "EUR", "hours", "#"'),
  indicator: indicatorField.optional().describe('leading (driver) or lagging (result)'),
  optimization: optimizationField.optional().describe('Default: maximize'),
  baseline: finiteNumber.optional(),
  target: targetField.optional(),
  targets: periodRecord(targetField).optional().describe('Targets per period, e.g. {"2027": 1.5}'),
  min: finiteNumber.optional().describe('Lower end of the performance scale'),
  max: finiteNumber.optional().describe('Upper end of the performance scale'),
  weight: weightField.optional(),
  frequency: frequencyField.optional().describe('How often a value is due; default monthly'),
  aggregation: aggregationField
    .optional()
    .describe('How values fold into a longer period; default last'),
  carryForward: z
    .boolean()
    .optional()
    .describe('Use the latest earlier value when a period has none'),
  thresholds: thresholdsField.optional(),
  allowNegative: z.boolean().optional().describe('Allow negative values for a "%" KPI'),
  owner: textField.optional(),
  formula: formulaField
    .optional()
    .describe(
      'A calculated KPI: its value from other KPIs, e.g. "[orders] / [visits] * 100"; then no values, aggregation or carryForward',
    ),
  values: periodRecord(valueEntry).optional().describe('Values by period key'),
  segment: idField.optional().describe('The customer segment this KPI measures'),
  outcome: customerOutcomeField.optional().describe('Which core customer outcome it measures'),
});

export const initiativeSchema = z.strictObject({
  id: idField.optional(),
  name: nameField,
  description: textField.optional(),
  owner: textField.optional(),
  start: isoDateField.optional(),
  due: isoDateField.optional(),
  budget: finiteNumber.optional(),
  spent: finiteNumber.optional(),
  progress: finiteNumber
    .refine((n) => n >= 0 && n <= 1, { error: 'expected progress between 0 and 1' })
    .optional(),
  status: initiativeStatusField.optional().describe('Default: not-started'),
});

export const objectiveSchema = z.strictObject({
  id: idField.optional(),
  name: nameField,
  perspective: idField.describe('A perspective id of this scorecard'),
  weight: weightField.optional(),
  rollup: rollupField.optional().describe('weighted (default), min or max'),
  owner: textField.optional(),
  description: textField.optional(),
  parent: idField.optional().describe('Makes this a sub-objective of another objective'),
  contributesTo: z
    .string()
    .regex(/^[^/\s]+\/[^/\s]+$/, { error: 'expected <scorecardId>/<objectiveId>' })
    .optional()
    .describe('Cascading: <scorecardId>/<objectiveId> of another scorecard'),
  kpis: z.array(kpiSchema).optional(),
  initiatives: z.array(initiativeSchema).optional(),
  stakeholder: idField.optional().describe("A stakeholder id of the scorecard's customer section"),
  segment: idField.optional().describe("A segment id of the scorecard's customer section"),
  lint: objectiveLintSchema
    .optional()
    .describe('{ignore: [rule ids], reason}: a justified suppression'),
});

export const perspectiveSchema = z.strictObject({
  id: idField.optional(),
  name: nameField,
  weight: weightField.optional(),
});

export const linkSchema = z.strictObject({
  from: idField.describe('Cause: an objective id of this scorecard'),
  to: idField.describe('Effect: an objective id of this scorecard'),
  hypothesis: textField.optional().describe('If <cause> improves, then <effect> follows because …'),
  lag: lagField.optional().describe('Expected delay before the effect shows, e.g. "3 months"'),
  evidence: z
    .strictObject({
      cause: idField.describe('A KPI id of the cause objective'),
      effect: idField.describe('A KPI id of the effect objective'),
    })
    .optional()
    .describe(
      "The KPIs to test the link on (bearing evidence) instead of the two objectives' scores",
    ),
});

export const scorecardSchema = z.strictObject({
  id: idField.optional(),
  name: nameField,
  description: textField.optional(),
  owner: textField.optional(),
  thresholds: thresholdsField.optional(),
  perspectives: z.array(perspectiveSchema).optional().describe('Default: the four classic ones'),
  objectives: z.array(objectiveSchema).optional(),
  links: z.array(linkSchema).optional(),
  customer: customerSectionSchema.optional().describe('Stakeholders, segments, value proposition'),
});

export const strategyFileSchema = z
  .strictObject({
    bearing: z.literal(1, { error: 'expected the format version: bearing: 1' }),
    organization: textField.optional(),
    scorecards: z.array(scorecardSchema),
    lint: strategyLintSchema.optional().describe('Linter settings (docs/linting.md)'),
  })
  .describe('A Bearing strategy file (see docs/strategy-file.md)');

export type StrategyFileDocument = z.infer<typeof strategyFileSchema>;
export type ScorecardDocument = z.infer<typeof scorecardSchema>;
export type ObjectiveDocument = z.infer<typeof objectiveSchema>;
export type KpiDocument = z.infer<typeof kpiSchema>;
export type InitiativeDocument = z.infer<typeof initiativeSchema>;

import { z } from 'zod';
import { formulaField, idField } from '../fields.ts';
import { periodField } from './period.input.ts';

/** The formula editor's live check: a formula as a KPI of a scorecard would have it. */
export const formulaCheckInput = z.strictObject({
  formula: formulaField.describe('the formula as typed, e.g. "[orders] / [visits] * 100"'),
  kpi: idField
    .optional()
    .describe('the KPI being edited (a cycle through it is found); omit for a new KPI'),
  period: periodField.optional().describe("the period to compute; default: the scorecard's latest"),
});
export type FormulaCheckInput = z.output<typeof formulaCheckInput>;

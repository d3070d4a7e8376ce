import { formulaCheckInput } from '@bearing/core';
import { z } from 'zod';

/** The body is core's input schema, shared with the web app's formula field. */
export const formulaCheckBody = formulaCheckInput;

export const formulaInput = z.object({
  scorecard: z.string(),
  kpi: z.string(),
  name: z.string(),
  reference: z.string().describe('as the formula writes it, e.g. [orders] or prev([orders], 12)'),
  period: z.string().nullable().describe('the period whose value the formula read'),
  value: z.number().nullable(),
  stale: z.boolean(),
  calculated: z.boolean().describe('the input is itself a calculated KPI'),
});

export const formulaCheckResult = z.object({
  ok: z.boolean().describe('true when the formula can be saved'),
  problems: z
    .array(
      z.object({
        code: z.enum(['FORMULA', 'BROKEN_REFERENCE', 'CYCLE']),
        message: z.string(),
        hint: z.string().nullable(),
        start: z.number().int().describe('0-based offset of the problem in the formula'),
        end: z.number().int().describe('offset just past it'),
      }),
    )
    .readonly(),
  period: z.string(),
  value: z.number().nullable().describe('the value the KPI would have for `period`; null: no data'),
  stale: z.boolean(),
  inputs: z.array(formulaInput).readonly(),
});

export const kpiIndex = z.object({
  kpis: z
    .array(
      z.object({
        scorecard: z.string(),
        scorecardName: z.string(),
        id: z.string(),
        name: z.string(),
        unit: z.string().nullable(),
        calculated: z.boolean(),
      }),
    )
    .readonly(),
});

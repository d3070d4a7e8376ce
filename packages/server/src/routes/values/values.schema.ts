import { z } from 'zod';
import { key, period, scorecardParams } from '../common.schema.ts';

/** The inputs are core's (habit 6): the CLI and the web forms validate values the same way. */
export { bulkValuesInput as bulkBody, putValueInput as valueBody } from '@bearing/core';

export const kpiValuesParams = scorecardParams.extend({ kpi: key.describe('KPI id') });

export const valueParams = kpiValuesParams.extend({
  period: period.describe('the period the value is for, e.g. 2026-03'),
});

export const valuesQuery = z.object({
  from: period.optional().describe('first period (inclusive); default: the first value'),
  to: period.optional().describe('last period (inclusive); default: the last value'),
});

export const valueRecord = z.object({
  period: z.string(),
  value: z.number(),
  comment: z.string().nullable(),
  version: z.number().int(),
  author: z.string(),
  updatedAt: z.string(),
});

export const valueList = z.object({ values: z.array(valueRecord) });

export const upsertResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int().describe('same value and comment as stored: nothing written'),
});

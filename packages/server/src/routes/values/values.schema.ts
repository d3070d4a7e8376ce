import { z } from 'zod';
import { key, period, scorecardParams } from '../common.schema.ts';

export const valueParams = scorecardParams.extend({
  kpi: key.describe('KPI id'),
  period: period.describe('the period the value is for, e.g. 2026-03'),
});

const comment = z.string().max(20_000).nullable().default(null);

export const valueBody = z.strictObject({
  value: z.number().describe('a finite number in the KPI unit'),
  comment,
  version: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('the version you read (0: it must not exist yet); omit to write regardless'),
});

export const valueRecord = z.object({
  period: z.string(),
  value: z.number(),
  comment: z.string().nullable(),
  version: z.number().int(),
  author: z.string(),
  updatedAt: z.string(),
});

/** Bulk entry from a spreadsheet or a script: re-sending the same data writes nothing. */
export const bulkBody = z.strictObject({
  values: z
    .array(
      z.strictObject({
        kpi: key,
        period: period.transform((p) => p.key),
        value: z.number(),
        comment,
      }),
    )
    .min(1)
    .max(10_000)
    .describe('later entries for the same KPI and period win'),
});

export const upsertResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int().describe('same value and comment as stored: nothing written'),
});

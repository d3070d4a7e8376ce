import { ROLLUP_METHODS } from '@bearing/core';
import { z } from 'zod';
import { key, scorecardParams } from '../common.schema.ts';

export const objectiveParams = scorecardParams.extend({ objective: key.describe('objective id') });

/**
 * The fields a PATCH may change in this slice: the descriptive ones and the roll-up settings.
 * Moving an objective (perspective, parent, contributesTo) needs the reference and cycle checks
 * of the strategy file, which come with a later slice. Rules mirror the strategy file's.
 * TODO(issue 3): move this schema to core/schema so the web forms share it (habit 6).
 */
export const objectivePatch = z
  .strictObject({
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('the version you read; or send it as If-Match: "<version>"'),
    name: z.string().trim().min(1).max(500).optional(),
    description: z.string().max(20_000).nullable().optional(),
    owner: z.string().max(500).nullable().optional(),
    weight: z.number().min(0).optional().describe('0 = tracked, not counted'),
    rollup: z.enum(ROLLUP_METHODS).optional(),
  })
  .describe('only the fields to change');

export const objectiveHeaders = z.object({
  'if-match': z
    .string()
    .regex(/^(W\/)?"?\d+"?$/, 'expected the version as an ETag, e.g. "3"')
    .optional()
    .describe('the version you read, as returned in ETag'),
});

export const objectiveRecord = z
  .looseObject({ id: z.string(), name: z.string(), version: z.number().int() })
  .describe('the objective (without its KPIs and initiatives) and its new version');

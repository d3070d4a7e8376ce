import type { ScorecardId } from '@bearing/core';
import { z } from 'zod';
import { key, period } from '../common.schema.ts';

export const collectionQuery = z.object({
  period: period
    .optional()
    .describe('the reporting period (2026-11, 2026-Q4 …); default: the last month that has ended'),
  graceDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(366)
    .optional()
    .describe(
      "days after a period ends before a missing value is overdue; default: the workspace's cycle setting",
    ),
  scorecard: key
    .transform((s) => s as ScorecardId)
    .optional()
    .describe('only this scorecard'),
});

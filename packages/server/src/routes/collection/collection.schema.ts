import type { ScorecardId } from '@bearing/core';
import { z } from 'zod';
import { key, period } from '../common.schema.ts';

/** Until workspaces carry their own setting (the update-cycle issue): five days of grace. */
export const DEFAULT_GRACE_DAYS = 5;

export const collectionQuery = z.object({
  period: period
    .optional()
    .describe('the reporting period (2026-11, 2026-Q4 …); default: the last month that has ended'),
  graceDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(366)
    .default(DEFAULT_GRACE_DAYS)
    .describe(
      `days after a period ends before a missing value is overdue; default ${DEFAULT_GRACE_DAYS}`,
    ),
  scorecard: key
    .transform((s) => s as ScorecardId)
    .optional()
    .describe('only this scorecard'),
});

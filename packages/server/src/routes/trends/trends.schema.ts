import { PERIOD_KINDS } from '@bearing/core';
import { z } from 'zod';
import { period } from '../common.schema.ts';

/** 36 months is three years of sparkline; longer series belong to the history routes. */
export const MAX_TREND_PERIODS = 36;
export const DEFAULT_TREND_PERIODS = 6;

export const trendsQuery = z.object({
  to: period
    .optional()
    .describe(
      'the last period; its kind sets the step (2026-06 monthly, 2026-Q2 quarterly …); default: the month of the latest value',
    ),
  count: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_TREND_PERIODS)
    .default(DEFAULT_TREND_PERIODS)
    .describe(`how many periods, 1 to ${MAX_TREND_PERIODS}; default ${DEFAULT_TREND_PERIODS}`),
});

const series = z
  .array(z.number().nullable())
  .readonly()
  .describe('one number per period, oldest first; null where there is none');
const byId = z.record(z.string(), series);

export const trendsResponse = z.object({
  scorecard: z.string(),
  kind: z.enum(PERIOD_KINDS).describe('the step between periods'),
  from: z.string(),
  to: z.string(),
  periods: z.array(z.string()).readonly().describe('the period keys, oldest first'),
  score: series.describe("the scorecard's score"),
  perspectives: byId.describe('scores by perspective id'),
  objectives: byId.describe('scores by objective id (roll-ups, cascade included)'),
  kpis: byId.describe('scores by KPI id'),
  kpiValues: byId.describe('values by KPI id, as scoring used them (folded, carried forward)'),
});

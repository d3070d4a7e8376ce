import { z } from 'zod';
import { key, period, scorecardParams } from '../common.schema.ts';
import { formulaInput } from '../formulas/formulas.schema.ts';

export const explainParams = scorecardParams.extend({ kpi: key.describe('KPI id') });

export const explainQuery = z.object({
  period: period.optional().describe('explain as of this period; default: the latest with a value'),
});

const number = z.number().nullable();

export const explanationStep = z.object({
  step: z.string().describe('what was done, in words'),
  formula: z.string().describe('the formula with the numbers filled in, rounded for reading'),
  numbers: z.record(z.string(), number).describe('the same numbers at full precision'),
});

/** Core's KpiScore for the period (without `id`: it is `kpi`), plus the steps. */
export const kpiExplanation = z.object({
  scorecard: z.string(),
  kpi: z.string(),
  name: z.string(),
  period: z.string().describe('the period explained'),
  score: number.describe('0..1; null: no score'),
  status: z.enum(['green', 'amber', 'red', 'none']),
  coverage: z.object({ scored: z.number().int(), total: z.number().int() }),
  value: number.describe('the value scored (folded or carried forward); null: no data'),
  valuePeriod: z.string().nullable().describe('the period whose value was used'),
  stale: z.boolean().describe('the value was carried forward from an earlier period'),
  overdue: z.boolean(),
  progress: number.describe('(value − baseline) / (target − baseline), not clamped'),
  target: z
    .union([z.number(), z.tuple([z.number(), z.number()]).readonly()])
    .nullable()
    .describe('the target in force for the period; [low, high] for a range KPI'),
  baseline: number,
  min: number,
  max: number,
  unit: z.string().nullable(),
  indicator: z.string().nullable(),
  optimization: z.string(),
  weight: z.number(),
  thresholds: z
    .object({ green: z.number(), amber: z.number() })
    .describe('the thresholds the status was judged by'),
  thresholdsFrom: z.enum(['kpi', 'scorecard']),
  formula: z
    .string()
    .nullable()
    .describe("a calculated KPI's formula; null when values are entered"),
  inputs: z
    .array(formulaInput)
    .readonly()
    .describe('each input of a calculated KPI with the value it read; [] when values are entered'),
  steps: z
    .array(explanationStep)
    .readonly()
    .describe('in order: values, target, score, progress, status…'),
});

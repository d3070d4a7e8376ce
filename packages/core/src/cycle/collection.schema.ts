import { z } from 'zod';
import { FREQUENCIES } from '../model/strategy.ts';
import { COLLECTION_STATES } from './collection.ts';

/**
 * The collection report on the wire (`GET …/collection`): what the API answers and the web app
 * reads. A test parses the engine's own output with it, so the two cannot drift apart.
 */
const counts = z.object(
  Object.fromEntries(COLLECTION_STATES.map((s) => [s, z.number().int().min(0)])) as Record<
    (typeof COLLECTION_STATES)[number],
    z.ZodNumber
  >,
);

const group = z.object({
  key: z
    .string()
    .nullable()
    .describe('owner (trimmed, lower case; null: no owner) or scorecard id'),
  name: z.string(),
  counts,
});

export const owedValueSchema = z.object({
  scorecard: z.string(),
  scorecardName: z.string(),
  objective: z.string(),
  kpi: z.string(),
  kpiName: z.string(),
  owner: z.string().nullable().describe("the KPI's owner, or its objective's when it names none"),
  frequency: z.enum(FREQUENCIES),
  period: z.string().describe("the KPI's own period the value is for"),
  dueBy: z.string().describe('ISO day: the period end plus the grace days'),
  state: z.enum(COLLECTION_STATES),
  value: z.number().nullable(),
});

export const collectionReportSchema = z.object({
  period: z.string(),
  today: z.string().describe('ISO day the states were judged on'),
  graceDays: z.number().int().min(0),
  counts,
  owners: z.array(group).readonly(),
  scorecards: z.array(group).readonly(),
  items: z.array(owedValueSchema).readonly(),
});

/** What a client reads: the report with plain strings where the engine has branded ids. */
export type CollectionReportResponse = z.output<typeof collectionReportSchema>;
export type OwedValueResponse = CollectionReportResponse['items'][number];
export type CollectionGroupResponse = CollectionReportResponse['owners'][number];

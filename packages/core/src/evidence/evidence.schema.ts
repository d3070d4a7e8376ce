import { z } from 'zod';
import { EVIDENCE_STEPS } from './step.ts';
import { EVIDENCE_VERDICTS } from './types.ts';

/**
 * The evidence report on the wire (`bearing evidence --json`, `GET …/scorecards/{id}/evidence`):
 * what the API answers and the web app reads. A test parses the engine's own output with it, so
 * the two cannot drift apart.
 */
export const linkEvidenceSchema = z.object({
  from: z.string().describe('cause: an objective id of the scorecard'),
  to: z.string().describe('effect: an objective id of the scorecard'),
  verdict: z.enum(EVIDENCE_VERDICTS),
  lag: z.number().int().min(0).nullable().describe('steps from cause to effect; null untested'),
  step: z.enum(EVIDENCE_STEPS),
  statedLag: z.number().int().min(0).nullable().describe("the link's lag in steps, if stated"),
  correlation: z.number().min(-1).max(1).nullable().describe("Pearson's r of the changes at lag"),
  pValue: z.number().gt(0).max(1).nullable().describe('permutation test of the best-lag statistic'),
  qValue: z.number().gt(0).max(1).nullable().describe('Benjamini–Hochberg across the report'),
  n: z.number().int().min(0).describe('paired changes'),
  reason: z.string(),
});

export const evidenceReportSchema = z.object({
  scorecard: z.string(),
  to: z.string().describe('the period the history runs up to'),
  links: z.array(linkEvidenceSchema).readonly(),
});

/** What a client reads: the report with plain strings where the engine has branded ids. */
export type EvidenceReportResponse = z.output<typeof evidenceReportSchema>;
export type LinkEvidenceResponse = EvidenceReportResponse['links'][number];

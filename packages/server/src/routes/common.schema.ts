import { type Period, type ScorecardId, parsePeriod } from '@bearing/core';
import { z } from 'zod';

/**
 * Schemas shared by several routes. Each validates AND types its input (habit 6): a period
 * arrives in the handler already parsed, or the request never gets there (400 with the path).
 */
export const key = z
  .string()
  .min(1)
  .max(200)
  .describe('a key as written in the strategy file (e.g. "acme")');

export const workspaceParams = z.object({
  ws: key.describe('workspace key; the first start creates "default"'),
});

export const scorecardParams = workspaceParams.extend({
  id: key.transform((s) => s as ScorecardId).describe('scorecard id'),
});

export const period = z
  .string()
  .describe('2026, 2026-H1, 2026-Q1, 2026-03, 2026-W09 or 2026-03-15')
  .transform((text, ctx): Period => {
    const parsed = parsePeriod(text);
    if (parsed.ok) return parsed.period;
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  });

export const errorBody = z
  .object({
    error: z.looseObject({
      code: z.string().describe('stable code from the catalog in docs/api.md'),
      message: z.string(),
      path: z.string().describe("where the problem is, e.g. 'query.period'; '' for the request"),
    }),
  })
  .describe('every error response has this shape');

/** The error responses most routes can give, for the OpenAPI document. */
export const commonErrors = { 400: errorBody, 404: errorBody } as const;

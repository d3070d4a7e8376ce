import { type ScorecardId, periodField } from '@bearing/core';
import { z } from 'zod';

/**
 * Schemas shared by several routes. Each validates AND types its input (habit 6): a period
 * arrives in the handler already parsed, or the request never gets there (400 with the path).
 */
export const key = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .regex(/^[^\u0000-\u001F\u007F]*$/, { error: 'expected a key without control characters' })
  .describe('a key as written in the strategy file (e.g. "acme")');

export const workspaceParams = z.object({
  ws: key.describe('workspace key; the first start creates "default"'),
});

export const scorecardParams = workspaceParams.extend({
  id: key.transform((s) => s as ScorecardId).describe('scorecard id'),
});

/** Core's period field: a bad period is `400 INVALID_PERIOD` with its path. */
export const period = periodField;

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

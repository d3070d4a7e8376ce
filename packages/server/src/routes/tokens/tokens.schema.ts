import { TOKEN_SCOPES } from '@bearing/core';
import { z } from 'zod';
import { errorBody } from '../common.schema.ts';

export const tokenParams = z.object({
  token: z.string().min(1).max(100).describe('the token id (not its secret)'),
});

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('what the token is for, e.g. "nightly import"'),
  scope: z
    .enum(TOKEN_SCOPES)
    .default('read')
    .describe('read; values (read + enter values); write (everything your role allows)'),
  expiresAt: z.iso
    .datetime({ offset: true })
    .nullable()
    .optional()
    .describe('when it stops working; null or absent: never'),
});

export const tokenRecord = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(TOKEN_SCOPES),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const tokenList = z.object({ tokens: z.array(tokenRecord) });

export const createdToken = z.object({
  token: z.string().describe('"brg_…": shown this once, stored only as a hash'),
  record: tokenRecord,
});

export const tokenErrors = { 400: errorBody, 403: errorBody, 404: errorBody } as const;

import { ROLES } from '@bearing/core';
import { z } from 'zod';
import { errorBody, workspaceParams } from '../common.schema.ts';

export const memberParams = workspaceParams.extend({
  email: z.string().min(3).max(320).describe('the email of the account'),
});

export const memberBody = z.strictObject({
  role: z.enum(ROLES).describe('viewer, updater, editor or admin'),
  scorecards: z
    .array(z.string().min(1).max(200))
    .min(1)
    .max(1000)
    .nullable()
    .optional()
    .describe('limits the role to these scorecards (viewer elsewhere); null or absent: all'),
});
export type MemberBody = z.output<typeof memberBody>;

export const member = z.object({
  accountId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  scorecards: z.array(z.string()).nullable(),
});

export const memberList = z.object({ members: z.array(member) });

export const memberErrors = {
  400: errorBody,
  404: errorBody.describe('NOT_FOUND: no such workspace, no account with this email, not a member'),
  409: errorBody.describe('LAST_ADMIN: the workspace would have no administrator left'),
  422: errorBody.describe('BROKEN_REFERENCE: a listed scorecard is not in the workspace'),
} as const;

import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from '../../auth/secrets.ts';
import { errorBody } from '../common.schema.ts';

const email = z.email().max(320).describe('signs in with it; unique, compared case-insensitively');
const name = z.string().trim().min(1).max(200).describe('shown in the change log and menus');

export const accountParams = z.object({
  account: z.string().min(1).max(320).describe('the account id, or its email'),
});

export const createAccountBody = z.strictObject({
  email,
  name: name.optional().describe('defaults to the email'),
  instanceAdmin: z.boolean().optional().describe('manages accounts and sees every workspace'),
  password: z
    .string()
    .max(MAX_PASSWORD_LENGTH)
    .optional()
    .describe('omitted: the answer carries a one-time sign-in link to set one'),
});

export const updateAccountBody = z.strictObject({
  name: name.optional(),
  instanceAdmin: z.boolean().optional(),
  disabled: z.boolean().optional().describe('a disabled account cannot sign in; its sessions end'),
});

export const account = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  instanceAdmin: z.boolean(),
  disabled: z.boolean(),
  hasPassword: z.boolean(),
  createdAt: z.string(),
});

export const accountList = z.object({ accounts: z.array(account) });

export const createdAccount = z.object({
  account,
  signInLink: z
    .string()
    .optional()
    .describe('one-time link to set a password (7 days); only when no password was given'),
});

export const accountErrors = {
  400: errorBody,
  404: errorBody,
  409: errorBody.describe('DUPLICATE_KEY: the email is taken; LAST_ADMIN'),
} as const;

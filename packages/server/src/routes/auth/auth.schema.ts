import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from '../../auth/secrets.ts';

/** The inputs and answers of the sign-in routes (docs/api.md, "Signing in"). */

export const email = z
  .string()
  .trim()
  .min(3)
  .max(320)
  .regex(/^[^\s@]+@[^\s@]+$/, { error: 'expected an email address such as ann@example.com' });

/** Length rules are checked by passwordProblem() for new passwords, not here. */
const password = z.string().max(MAX_PASSWORD_LENGTH);

export const loginBody = z.object({ email, password });

export const setupBody = z.object({
  email,
  name: z.string().trim().max(200).default(''),
  password,
});

export const passwordBody = z.object({ current: password, password });

export const linkBody = z.object({
  secret: z.string().min(1).max(200).describe('the part of the sign-in link after "#"'),
  password: password.optional().describe('sets the account password at the same time'),
});

const role = z.enum(['viewer', 'updater', 'editor', 'admin']);

/** Who is asking: the shape of core's AccessSubject; the web app decides its controls by it. */
export const me = z.object({
  kind: z.enum(['local', 'account']),
  accountId: z.string().nullable(),
  email: z.string().nullable(),
  name: z.string(),
  instanceAdmin: z.boolean(),
  memberships: z.array(
    z.object({
      workspace: z.string(),
      role,
      scorecards: z.array(z.string()).nullable().describe('null: the whole workspace'),
    }),
  ),
  tokenScope: z.enum(['read', 'values', 'write']).nullable().describe('null: a browser session'),
});

export const meResponse = z.object({ me });

export const authConfig = z.object({
  mode: z.enum(['local', 'accounts']).describe('local: no accounts yet, everyone is the owner'),
  setup: z
    .boolean()
    .describe('the first administrator can be created with POST /api/auth/setup from here'),
  oidc: z
    .object({ label: z.string().describe('e.g. "Sign in with Okta"') })
    .nullable()
    .describe('single sign-on, when configured'),
  minPasswordLength: z.number().int(),
});

import { type Executor, findAccountByEmail, hasAccounts } from '@bearing/db';
import { SESSION_COOKIE, clearCookie } from '../../auth/cookies.ts';
import {
  assertNotRateLimited,
  clearFailedSignIns,
  countFailedSignIn,
} from '../../auth/rate-limit.ts';
import { MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from '../../auth/secrets.ts';
import { endSession } from '../../auth/sessions.ts';
import { ApiError } from '../../errors.ts';
import { principalOf } from '../../plugins/access.ts';
import type { App, RouteDeps } from '../../types.ts';
import { errorBody } from '../common.schema.ts';
import { noContent } from '../versioning.ts';
import { authConfig, loginBody, meResponse } from './auth.schema.ts';
import { cameOverLoopback } from './loopback.ts';
import { meOf, signIn } from './sign-in.ts';

/** One message for every way a sign-in fails, so nobody learns which accounts exist. */
export const BAD_CREDENTIALS = 'the email or password is not right';

const tags = ['auth'];

export function authRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    '/api/auth/config',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'how to sign in here: the mode, first-admin setup, single sign-on',
        response: { 200: authConfig },
      },
    },
    async (request) => {
      const accounts = await hasAccounts(db);
      return {
        mode: accounts ? ('accounts' as const) : ('local' as const),
        setup: !accounts && cameOverLoopback(request),
        oidc: deps.config.oidc ? { label: deps.config.oidc.label } : null,
        minPasswordLength: MIN_PASSWORD_LENGTH,
      };
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'sign in with email and password; sets the session cookie',
        body: loginBody,
        response: { 200: meResponse, 401: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const now = deps.now();
      const attempt = { email: request.body.email, ip: request.ip };
      await assertNotRateLimited(db, attempt, now);
      const account = await checkPassword(db, request.body.email, request.body.password);
      if (!account) {
        await countFailedSignIn(db, attempt, now);
        throw new ApiError('UNAUTHENTICATED', BAD_CREDENTIALS, 'body');
      }
      await clearFailedSignIns(db, account.email);
      return signIn(db, request, reply, account, now);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'sign out: ends this session and clears its cookie',
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const id = request.cookies[SESSION_COOKIE];
      if (id !== undefined && id !== '') await endSession(db, id);
      clearCookie(request, reply, SESSION_COOKIE);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'who is asking: account, instance admin, memberships, token scope',
        response: { 200: meResponse, 401: errorBody },
      },
    },
    (request) => Promise.resolve({ me: meOf(principalOf(request)) }),
  );
}

// Compared against when the email is unknown, so an unknown account costs as long as a wrong
// password and timing does not tell which emails have accounts.
let dummyHash: Promise<string> | undefined;

/** The account when the password is right and the account may sign in; else undefined. */
async function checkPassword(db: Executor, email: string, password: string) {
  const account = await findAccountByEmail(db, email);
  if (!account || account.passwordHash === null) {
    dummyHash ??= hashPassword('not anybody’s password');
    await verifyPassword(await dummyHash, password);
    return undefined;
  }
  const ok = await verifyPassword(account.passwordHash, password);
  // A disabled account gets the same answer as a wrong password: no account probing.
  return ok && !account.disabled ? account : undefined;
}

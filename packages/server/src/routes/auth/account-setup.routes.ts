import {
  countAccounts,
  createAccount,
  findAccountByEmail,
  findAccountById,
  hasAccounts,
  removeAccount,
  setPasswordHash,
  useSignInLink,
} from '@bearing/db';
import {
  assertNotRateLimited,
  clearFailedSignIns,
  countFailedSignIn,
} from '../../auth/rate-limit.ts';
import { hashPassword, hashSecret, passwordProblem, verifyPassword } from '../../auth/secrets.ts';
import { restartSessions } from '../../auth/sessions.ts';
import { ApiError } from '../../errors.ts';
import { principalOf } from '../../plugins/access.ts';
import type { App, RouteDeps } from '../../types.ts';
import { errorBody } from '../common.schema.ts';
import { noContent } from '../versioning.ts';
import { linkBody, meResponse, passwordBody, setupBody } from './auth.schema.ts';
import { cameOverLoopback } from './loopback.ts';
import { clientOf, setSessionCookie, signIn } from './sign-in.ts';

const tags = ['auth'];

/** A new password that breaks the rules is 400 with the field it came in. */
function assertGoodPassword(password: string, path: string): void {
  const problem = passwordProblem(password);
  if (problem !== null) throw new ApiError('VALIDATION', problem, path);
}

/** The first administrator, a password change, and the one-time sign-in link. */
export function accountSetupRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.post(
    '/api/auth/setup',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'create the first administrator and sign in (only from this machine, only while no account exists)',
        body: setupBody,
        response: { 201: meResponse, 400: errorBody, 403: errorBody },
      },
    },
    async (request, reply) => {
      if (!cameOverLoopback(request)) {
        throw new ApiError(
          'FORBIDDEN',
          'the first administrator can only be created from the machine Bearing runs on (open it at http://127.0.0.1), or with `bearing users add you@example.com --admin --password-stdin`',
        );
      }
      if (await hasAccounts(db)) throw alreadySetUp();
      assertGoodPassword(request.body.password, 'body.password');
      const now = deps.now();
      const account = await createAccount(
        db,
        {
          email: request.body.email,
          name: request.body.name,
          passwordHash: await hashPassword(request.body.password),
          instanceAdmin: true,
        },
        now,
      );
      // Two setups racing past the check above: only the one that finds itself alone stays.
      if ((await countAccounts(db)) > 1) {
        await removeAccount(db, account.id);
        throw alreadySetUp();
      }
      return reply.status(201).send(await signIn(db, request, reply, account, now));
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'change your password: every other session ends, this one gets a new id',
        body: passwordBody,
        response: {
          204: noContent,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          429: errorBody,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (principal.kind === 'local' || principal.email === null) {
        throw new ApiError('FORBIDDEN', 'local mode has no accounts, so no password to change');
      }
      if (principal.tokenId !== null) {
        throw new ApiError('FORBIDDEN', 'change your password signed in, not with an API token');
      }
      const now = deps.now();
      const attempt = { email: principal.email, ip: request.ip };
      await assertNotRateLimited(db, attempt, now);
      const account = await findAccountByEmail(db, principal.email);
      const ok =
        account?.passwordHash != null &&
        (await verifyPassword(account.passwordHash, request.body.current));
      if (!account || !ok) {
        await countFailedSignIn(db, attempt, now);
        throw new ApiError('VALIDATION', 'the current password is not right', 'body.current');
      }
      await clearFailedSignIns(db, account.email);
      assertGoodPassword(request.body.password, 'body.password');
      await setPasswordHash(db, account.id, await hashPassword(request.body.password), now);
      setSessionCookie(
        request,
        reply,
        await restartSessions(db, account.id, now, clientOf(request)),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/link',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'sign in with a one-time link from `bearing users add`, optionally setting a password',
        body: linkBody,
        response: { 200: meResponse, 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const { secret, password } = request.body;
      // Before the link is used up: a password that is too short must not cost the link.
      if (password !== undefined) assertGoodPassword(password, 'body.password');
      const now = deps.now();
      const accountId = await useSignInLink(db, hashSecret(secret), now);
      const account = accountId === undefined ? undefined : await findAccountById(db, accountId);
      if (!account || account.disabled) {
        throw new ApiError(
          'UNAUTHENTICATED',
          'this sign-in link is not valid: it was used already, has expired, or was never issued; ask an administrator for a new one',
          'body.secret',
        );
      }
      if (password !== undefined) {
        await setPasswordHash(db, account.id, await hashPassword(password), now);
      }
      return signIn(db, request, reply, account, now);
    },
  );
}

function alreadySetUp(): ApiError {
  return new ApiError(
    'FORBIDDEN',
    'Bearing already has an administrator: sign in, or ask an administrator for an account',
  );
}

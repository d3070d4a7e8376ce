import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountRecord, Executor } from '@bearing/db';
import { SESSION_COOKIE, setCookie } from '../../auth/cookies.ts';
import { type NewSessionCookie, type SessionClient, startSession } from '../../auth/sessions.ts';
import { type Principal, accountPrincipal } from '../../plugins/auth.ts';
import type { z } from 'zod';
import type { me } from './auth.schema.ts';

/** What the session table keeps about the browser, for the account page's "your devices". */
export function clientOf(request: FastifyRequest): SessionClient {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}

/** Starts a fresh session for the account (ending the one the browser came with) and sets it. */
export async function signIn(
  db: Executor,
  request: FastifyRequest,
  reply: FastifyReply,
  account: AccountRecord,
  now: Date,
): Promise<{ me: z.infer<typeof me> }> {
  const session = await startSession(
    db,
    account.id,
    now,
    clientOf(request),
    request.cookies[SESSION_COOKIE],
  );
  setSessionCookie(request, reply, session);
  return { me: meOf(await accountPrincipal(db, account, null)) };
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: NewSessionCookie,
): void {
  setCookie(request, reply, SESSION_COOKIE, session.id, session.maxAgeMs);
}

/** The principal as the API shows it (the token id stays on the server). */
export function meOf(principal: Principal): z.infer<typeof me> {
  return {
    kind: principal.kind,
    accountId: principal.accountId,
    email: principal.email,
    name: principal.name,
    instanceAdmin: principal.instanceAdmin,
    memberships: principal.memberships.map((m) => ({
      workspace: m.workspace,
      role: m.role,
      scorecards: m.scorecards === null ? null : [...m.scorecards],
    })),
    tokenScope: principal.tokenScope,
  };
}

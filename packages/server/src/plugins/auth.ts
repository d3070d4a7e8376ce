import { type AccessSubject, type TokenScope, isRole, isTokenScope } from '@bearing/core';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  type AccountRecord,
  type Executor,
  findAccountById,
  findApiTokenByHash,
  hasAccounts,
  membershipsOf,
  touchApiToken,
} from '@bearing/db';
import { SESSION_COOKIE } from '../auth/cookies.ts';
import { API_TOKEN_PREFIX, hashSecret } from '../auth/secrets.ts';
import { TOUCH_INTERVAL_MS, resumeSession } from '../auth/sessions.ts';
import { ApiError } from '../errors.ts';
import { isLoopbackHost } from '../exposure.ts';
import { CUSTOM_HEADER, STATE_CHANGING } from './cross-site.ts';

/**
 * Who is asking (docs/access.md, "Modes"). Every request resolves its principal here, before
 * validation and handlers, in this order:
 *
 * 1. `Authorization: Bearer brg_…` — an API token: its account, with the token's scope. An
 *    unknown, expired or revoked token, or a disabled account, is 401 at once: a script that
 *    sent a credential wants to know it is bad, not be treated as anonymous.
 * 2. The `bearing_session` cookie — a browser session. One that ended (expiry, sign-out,
 *    password change) leaves the request anonymous, so the sign-in page and the other public
 *    routes still answer it; everything else answers 401.
 * 3. Nothing — the local owner while no account exists and the server listens on loopback
 *    (local mode); anonymous (null) otherwise.
 *
 * A signed-in request costs two or three queries: the session or token, the account, its
 * memberships (plus a last-used write at most once a minute).
 */

export interface Principal extends AccessSubject {
  /** The API token the request came with, for the change log. */
  readonly tokenId: string | null;
}

export const LOCAL_PRINCIPAL: Principal = Object.freeze({
  kind: 'local',
  accountId: null,
  email: null,
  name: 'local',
  instanceAdmin: true,
  memberships: Object.freeze([]),
  tokenScope: null,
  tokenId: null,
});

/** How the request proved who it is; only cookie-authenticated writes need CSRF defence. */
export type Credential = 'token' | 'session' | 'none';

declare module 'fastify' {
  interface FastifyRequest {
    /** Null: anonymous in accounts mode (only public routes answer). */
    principal: Principal | null;
    credential: Credential;
  }
}

export interface AuthDeps {
  readonly db: Executor;
  /** The server's bind address: local mode needs loopback. */
  readonly host: string;
  readonly now: () => Date;
}

export async function registerAuth(app: FastifyInstance, deps: AuthDeps): Promise<void> {
  // Parses cookies in its own onRequest hook, which runs before ours (registered first).
  await app.register(cookie);
  // null, not an object: Fastify shares decorator values between requests, so each request
  // gets its own in the hook below.
  app.decorateRequest('principal', null);
  app.decorateRequest('credential', 'none');
  const localModeAllowed = isLoopbackHost(deps.host);
  app.addHook('onRequest', async (request) => {
    const resolved = await resolvePrincipal(deps, request, localModeAllowed);
    request.principal = resolved.principal;
    request.credential = resolved.credential;
    const refusal = csrfRefusal(request);
    if (refusal !== null) throw refusal;
  });
}

interface Resolved {
  readonly principal: Principal | null;
  readonly credential: Credential;
}

async function resolvePrincipal(
  deps: AuthDeps,
  request: FastifyRequest,
  localModeAllowed: boolean,
): Promise<Resolved> {
  const now = deps.now();
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    return { principal: await tokenPrincipal(deps.db, authorization, now), credential: 'token' };
  }
  const sessionId = request.cookies[SESSION_COOKIE];
  if (sessionId !== undefined && sessionId !== '') {
    const accountId = await resumeSession(deps.db, sessionId, now);
    const account = accountId === undefined ? undefined : await findAccountById(deps.db, accountId);
    if (account && !account.disabled) {
      return { principal: await accountPrincipal(deps.db, account, null), credential: 'session' };
    }
  }
  // A stale cookie in local mode is harmless: there is nobody to sign in as.
  if (localModeAllowed && !(await hasAccounts(deps.db))) {
    return { principal: LOCAL_PRINCIPAL, credential: 'none' };
  }
  return { principal: null, credential: 'none' };
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

async function tokenPrincipal(db: Executor, authorization: string, now: Date): Promise<Principal> {
  const match = BEARER.exec(authorization);
  if (!match) {
    throw unauthenticated('the Authorization header must be "Bearer brg_…" with an API token');
  }
  const secret = match[1]!;
  if (!secret.startsWith(API_TOKEN_PREFIX)) {
    throw unauthenticated(`an API token starts with "${API_TOKEN_PREFIX}"`);
  }
  const token = await findApiTokenByHash(db, hashSecret(secret));
  if (!token) throw unauthenticated('this API token is not known; create one on your account page');
  if (token.revokedAt !== null) throw unauthenticated('this API token was revoked');
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now.getTime()) {
    throw unauthenticated(`this API token expired at ${token.expiresAt}`);
  }
  const account = await findAccountById(db, token.accountId);
  if (!account || account.disabled)
    throw unauthenticated('the account of this API token is disabled');
  if (
    token.lastUsedAt === null ||
    now.getTime() - Date.parse(token.lastUsedAt) >= TOUCH_INTERVAL_MS
  ) {
    await touchApiToken(db, token.id, now);
  }
  const scope = isTokenScope(token.scope) ? token.scope : 'read';
  return accountPrincipal(db, account, { id: token.id, scope });
}

/** The account as a principal, with its memberships as they are now. */
export async function accountPrincipal(
  db: Executor,
  account: AccountRecord,
  token: { readonly id: string; readonly scope: TokenScope } | null,
): Promise<Principal> {
  const memberships = await membershipsOf(db, account.id);
  return {
    kind: 'account',
    accountId: account.id,
    email: account.email,
    name: account.name === '' ? account.email : account.name,
    instanceAdmin: account.instanceAdmin,
    // A role the server does not know (written by a newer version) grants nothing beyond read.
    memberships: memberships.map((m) => ({
      workspace: m.workspace,
      role: isRole(m.role) ? m.role : 'viewer',
      scorecards: m.scorecards,
    })),
    tokenScope: token?.scope ?? null,
    tokenId: token?.id ?? null,
  };
}

/**
 * CSRF defence for cookie-authenticated writes, on top of the Origin check every write passes
 * (plugins/cross-site.ts): the `X-Bearing-Request` header, which no foreign page can add without
 * a CORS preflight Bearing never grants. A request with an API token needs none: a browser never
 * attaches one by itself.
 */
function csrfRefusal(request: FastifyRequest): ApiError | null {
  if (request.credential !== 'session' || !STATE_CHANGING.has(request.method)) return null;
  if (request.headers[CUSTOM_HEADER] !== undefined) return null;
  return new ApiError(
    'CROSS_SITE_REQUEST',
    'a signed-in browser write needs the header "X-Bearing-Request: 1", so that no other web site can send it',
    `headers.${CUSTOM_HEADER}`,
  );
}

function unauthenticated(message: string): ApiError {
  return new ApiError('UNAUTHENTICATED', message, 'headers.authorization');
}

import { findAccountByEmail } from '@bearing/db';
import type { FastifyRequest } from 'fastify';
import { OIDC_STATE_COOKIE, clearCookie, setCookie } from '../../auth/cookies.ts';
import {
  type OidcConfig,
  OidcError,
  type OidcLoginState,
  beginOidcLogin,
  finishOidcLogin,
} from '../../auth/oidc.ts';
import { ApiError } from '../../errors.ts';
import type { App, RouteDeps } from '../../types.ts';
import { errorBody } from '../common.schema.ts';
import { signIn } from './sign-in.ts';

/** Long enough to type a password at the provider, short enough not to linger. */
const OIDC_STATE_MAX_AGE_MS = 10 * 60 * 1000;
const tags = ['auth'];

/**
 * Single sign-on: /start sends the browser to the identity provider with a fresh state, nonce
 * and PKCE verifier kept in an HttpOnly cookie; /callback checks them, and signs in the account
 * whose email the provider verified. Nobody gets an account by signing in: an administrator
 * creates it first (`bearing users add`), as for a password.
 */
export function oidcRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;
  const configured = (): OidcConfig => {
    if (deps.config.oidc) return deps.config.oidc;
    throw new ApiError(
      'NOT_FOUND',
      'single sign-on is not set up on this server (BEARING_OIDC_ISSUER and the rest, see docs/access.md)',
    );
  };

  app.get(
    '/api/auth/oidc/start',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'single sign-on: redirects to the identity provider',
        response: { 404: errorBody, 503: errorBody },
      },
    },
    async (request, reply) => {
      const oidc = configured();
      const begun = await beginOidcLogin(oidc).catch((error: unknown) => {
        throw new ApiError('UNAVAILABLE', messageOf(error));
      });
      const value = Buffer.from(JSON.stringify(begun.state)).toString('base64url');
      setCookie(request, reply, OIDC_STATE_COOKIE, value, OIDC_STATE_MAX_AGE_MS);
      return reply.redirect(begun.url.href, 302);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'where the identity provider sends the browser back; redirects to / signed in',
        response: { 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const oidc = configured();
      const state = stateOf(request);
      // Used once, whatever happens next.
      clearCookie(request, reply, OIDC_STATE_COOKIE);
      const callback = new URL(request.url, oidc.redirectUri);
      const identity = await finishOidcLogin(oidc, callback, state).catch((error: unknown) => {
        throw new ApiError('UNAUTHENTICATED', messageOf(error));
      });
      const account = await findAccountByEmail(db, identity.email);
      if (!account || account.disabled) {
        throw new ApiError(
          'UNAUTHENTICATED',
          `${identity.email} has no Bearing account here (or it is disabled): ask an administrator to add you`,
        );
      }
      await signIn(db, request, reply, account, deps.now());
      return reply.redirect('/', 302);
    },
  );
}

function stateOf(request: FastifyRequest): OidcLoginState {
  const raw = request.cookies[OIDC_STATE_COOKIE];
  try {
    if (raw === undefined) throw new Error('no state');
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as OidcLoginState;
    if (
      typeof parsed.state === 'string' &&
      typeof parsed.nonce === 'string' &&
      typeof parsed.codeVerifier === 'string'
    ) {
      return parsed;
    }
  } catch {
    // Answered below.
  }
  throw new ApiError(
    'UNAUTHENTICATED',
    'this single sign-on did not start in this browser, or took longer than 10 minutes: sign in again',
  );
}

function messageOf(error: unknown): string {
  return error instanceof OidcError || error instanceof Error ? error.message : String(error);
}

import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The cookies Bearing sets. Both hold random secrets the server stores only hashed (or not at
 * all), so they are `HttpOnly` (no script reads them), `SameSite=Lax` (a foreign page's form
 * posts and fetches go without them) and `Secure` whenever the request came over HTTPS. Behind a
 * TLS-terminating proxy the server only knows that with `--trust-proxy`.
 */
export const SESSION_COOKIE = 'bearing_session';
/** The OpenID Connect state (state, nonce, PKCE verifier) between /start and /callback. */
export const OIDC_STATE_COOKIE = 'bearing_oidc';

function options(request: FastifyRequest, maxAgeMs: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    // Whole seconds, as the Max-Age attribute is.
    maxAge: Math.max(0, Math.floor(maxAgeMs / 1000)),
  };
}

export function setCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  name: string,
  value: string,
  maxAgeMs: number,
): void {
  void reply.setCookie(name, value, options(request, maxAgeMs));
}

/** Tells the browser to forget the cookie (same attributes, or it keeps a second one). */
export function clearCookie(request: FastifyRequest, reply: FastifyReply, name: string): void {
  void reply.clearCookie(name, options(request, 0));
}

import type { AccessSubject } from '@bearing/core';
import type { FastifyInstance } from 'fastify';

/**
 * Who is asking. Every request resolves its principal here, before validation and handlers;
 * plugins/access.ts then decides what it may do. Until sign-in lands every request is the local
 * owner (docs/access.md, "Local mode"); accounts mode replaces only the hook below.
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

declare module 'fastify' {
  interface FastifyRequest {
    /** Null: anonymous in accounts mode (only public routes answer). */
    principal: Principal | null;
  }
}

/** Resolves the principal before anything else runs (routes, validation, handlers). */
export function registerAuth(app: FastifyInstance): void {
  // null, not an object: Fastify shares decorator values between requests, so each request
  // gets its own in the hook below.
  app.decorateRequest('principal', null);
  app.addHook('onRequest', (request, _reply, done) => {
    request.principal = LOCAL_PRINCIPAL;
    done();
  });
}

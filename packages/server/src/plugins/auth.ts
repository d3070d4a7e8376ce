import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors.ts';

/**
 * The auth seam. Every request resolves a principal and every route asks `authorize` before it
 * touches data, so adding real accounts later changes this file, not the routes. For now the
 * server is a local, single-user tool (it binds to 127.0.0.1): every request is the local owner.
 */
export interface Principal {
  readonly id: string;
  /** Recorded as the actor of every change this principal writes. */
  readonly name: string;
  readonly role: 'owner' | 'editor' | 'viewer';
}

export const LOCAL_OWNER: Principal = Object.freeze({
  id: 'local-owner',
  name: 'local',
  role: 'owner',
});

export type Action = 'read' | 'write';
export type Resource = { readonly kind: 'system' } | { readonly workspace: string };

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
}

/** Resolves the principal before anything else runs (routes, validation, handlers). */
export function registerAuth(app: FastifyInstance): void {
  // null, not the object: Fastify shares decorator values between requests, so each request
  // gets its own in the hook below.
  app.decorateRequest('principal', null as unknown as Principal);
  app.addHook('onRequest', (request, _reply, done) => {
    request.principal = LOCAL_OWNER;
    done();
  });
}

/** The one access check. Throws FORBIDDEN; routes call it before reading or writing. */
export function authorize(principal: Principal, action: Action, resource: Resource): void {
  if (principal.role === 'owner') return;
  if (action === 'read') return;
  if (principal.role === 'editor' && 'workspace' in resource) return;
  const what = 'workspace' in resource ? `workspace "${resource.workspace}"` : 'the server';
  throw new ApiError('FORBIDDEN', `${principal.name} may not ${action} ${what}`);
}

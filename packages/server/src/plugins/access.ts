import {
  type AccessAction,
  type AccessDecision,
  type AccessTarget,
  decideAccess,
  decideAccessSomewhere,
  isAccessAction,
  roleAt,
} from '@bearing/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.ts';
import type { Principal } from './auth.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route does, in the terms of docs/access.md's role table. Every /api route has one. */
    access?: AccessAction;
    /**
     * The route writes items of several scorecards (a batch of edits, a values file): a member
     * limited to scorecards passes the route-level check when their role is enough on one of
     * them, and the handler decides each item (`assertScorecard`, `assertOwn`).
     */
    accessPerItem?: boolean;
  }
}

/** Routes other packages add under /api (the interactive API docs), and what they need. */
const PLUGIN_ROUTES: readonly { readonly prefix: string; readonly access: AccessAction }[] = [
  { prefix: '/api/docs', access: 'signed-in' },
];

const isApiUrl = (url: string) => url === '/api' || url.startsWith('/api/');

/**
 * The one place access is enforced. At start, every /api route must declare `config.access`
 * (the app refuses to build otherwise, so no route can forget it). On each request, before
 * validation — so a 400 never tells an outsider what a workspace holds and the role matrix needs
 * no valid bodies — the declared action is decided for the workspace (`:ws`) and scorecard
 * (`:id`) in the URL.
 */
export function registerAccessCheck(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!isApiUrl(route.url)) return;
    const plugin = PLUGIN_ROUTES.find((p) => route.url.startsWith(p.prefix));
    if (plugin !== undefined && route.config?.access === undefined) {
      route.config = { ...route.config, access: plugin.access };
    }
    if (!isAccessAction(route.config?.access)) {
      const methods = Array.isArray(route.method) ? route.method.join(',') : route.method;
      throw new Error(
        `${methods} ${route.url} declares no access action: add config: { access: '…' } ` +
          '(the actions are ACTION_RULES in packages/core/src/access/rules.ts)',
      );
    }
  });
  app.addHook('preValidation', (request, _reply, done) => {
    checkRouteAccess(request);
    done();
  });
}

function checkRouteAccess(request: FastifyRequest): void {
  const { access, accessPerItem } = request.routeOptions.config;
  if (access === undefined || access === 'public') return;
  const principal = principalOf(request);
  const target = urlTarget(request);
  const decision =
    accessPerItem === true && target.scorecard === undefined && target.workspace !== undefined
      ? decideAccessSomewhere(principal, access, target.workspace)
      : decideAccess(principal, access, target);
  throwIfDenied(decision);
}

/** The request's principal; 401 for an anonymous request. */
export function principalOf(request: FastifyRequest): Principal {
  if (request.principal === null) {
    throw new ApiError(
      'UNAUTHENTICATED',
      'sign in first, or send an API token as "Authorization: Bearer brg_…"',
    );
  }
  return request.principal;
}

function urlTarget(request: FastifyRequest): { workspace?: string; scorecard?: string } {
  const params = request.params as Readonly<Record<string, string | undefined>>;
  return {
    ...(params['ws'] !== undefined && { workspace: params['ws'] }),
    ...(params['id'] !== undefined && { scorecard: params['id'] }),
  };
}

function throwIfDenied(decision: AccessDecision, path = ''): void {
  if (decision.allowed) return;
  const details = decision.roleNeeded === null ? {} : { roleNeeded: decision.roleNeeded };
  throw new ApiError(decision.code, decision.message, path, details);
}

function routeAction(request: FastifyRequest): AccessAction {
  const { access } = request.routeOptions.config;
  if (access === undefined) throw new Error('an item check outside an access-declared route');
  return access;
}

function workspaceOf(request: FastifyRequest): string {
  const ws = (request.params as Readonly<Record<string, string | undefined>>)['ws'];
  if (ws === undefined) throw new Error('an item check on a route without :ws');
  return ws;
}

/**
 * Whether the handler must look up the owners of what it writes: only for a principal whose role
 * on the scorecard is below what the route's action allows on any item (an updater). Everyone
 * else skips the lookup, so local mode and editors pay no extra query.
 */
export function needsOwnerCheck(request: FastifyRequest, scorecard: string): boolean {
  const principal = principalOf(request);
  const role = roleAt(principal, workspaceOf(request), scorecard);
  return role === 'updater' || role === 'viewer';
}

/**
 * The item-level check of an own-item action (values, initiative progress): throws FORBIDDEN
 * unless the principal may write each item of `scorecard` whose owner is listed.
 */
export function assertOwn(
  request: FastifyRequest,
  scorecard: string,
  owners: Iterable<string | null>,
): void {
  const principal = principalOf(request);
  const action = routeAction(request);
  const workspace = workspaceOf(request);
  for (const owner of owners) {
    throwIfDenied(decideAccess(principal, action, { workspace, scorecard, owner }));
  }
}

/**
 * The item-level check of a per-item route: the route's action on one scorecard. `path` names
 * the item in the request body for the error.
 */
export function assertScorecard(request: FastifyRequest, target: AccessTarget, path = ''): void {
  const principal = principalOf(request);
  const where = { ...target, workspace: workspaceOf(request) };
  throwIfDenied(decideAccess(principal, routeAction(request), where), path);
}

import { randomBytes } from 'node:crypto';
import {
  type AccessAction,
  type AccessDecision,
  type AccessSubject,
  type Role,
  type TokenScope,
  decideAccess,
  decideAccessSomewhere,
} from '@bearing/core';
import { createSession } from '@bearing/db';
import { forEachDialect } from '@bearing/testing/databases';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestPerson, createTestPerson } from './access.test-support.ts';
import { hashSecret, newSecret } from './auth/secrets.ts';
import { declaredRoutes } from './plugins/access.ts';
import { CLIENT_HEADERS, TEST_NOW, buildTestApp } from './test-helpers.ts';
import type { App } from './types.ts';

/**
 * The role matrix (docs/api.md, Roles): every API route × every kind of principal → the
 * authorization outcome. The table below is the reviewed list of routes and their actions; a
 * route added to the app without an entry here fails the first test, so nobody adds a route
 * without deciding who may call it. HEAD routes mirror their GET; the API docs are signed-in.
 */
const ROUTE_ACTIONS: Readonly<Record<string, AccessAction>> = {
  'GET /api/openapi.json': 'signed-in',
  'GET /api/health': 'public',
  'GET /api/auth/config': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'POST /api/auth/setup': 'public',
  'POST /api/auth/link': 'public',
  'GET /api/auth/oidc/start': 'public',
  'GET /api/auth/oidc/callback': 'public',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/password': 'signed-in',
  'GET /api/workspaces': 'signed-in',
  'POST /api/workspaces': 'instance.admin',
  'PATCH /api/workspaces/:ws': 'workspace.admin',
  'GET /api/workspaces/:ws/scorecards': 'read',
  'GET /api/workspaces/:ws/scorecards/:id': 'read',
  'GET /api/workspaces/:ws/scorecards/:id/scores': 'read',
  'GET /api/workspaces/:ws/scorecards/:id/kpis/:node/history': 'read',
  'GET /api/workspaces/:ws/scorecards/:id/objectives/:node/history': 'read',
  'GET /api/workspaces/:ws/scorecards/:id/lint': 'read',
  'POST /api/workspaces/:ws/scorecards': 'strategy.write',
  'PATCH /api/workspaces/:ws/scorecards/:id': 'strategy.write',
  'DELETE /api/workspaces/:ws/scorecards/:id': 'strategy.write',
  'GET /api/workspaces/:ws/scorecards/:id/perspectives': 'read',
  'POST /api/workspaces/:ws/scorecards/:id/perspectives': 'strategy.write',
  'PATCH /api/workspaces/:ws/scorecards/:id/perspectives/:perspective': 'strategy.write',
  'DELETE /api/workspaces/:ws/scorecards/:id/perspectives/:perspective': 'strategy.write',
  'GET /api/workspaces/:ws/scorecards/:id/objectives': 'read',
  'POST /api/workspaces/:ws/scorecards/:id/objectives': 'strategy.write',
  'GET /api/workspaces/:ws/scorecards/:id/objectives/:objective': 'read',
  'PATCH /api/workspaces/:ws/scorecards/:id/objectives/:objective': 'strategy.write',
  'DELETE /api/workspaces/:ws/scorecards/:id/objectives/:objective': 'strategy.write',
  'GET /api/workspaces/:ws/scorecards/:id/links': 'read',
  'POST /api/workspaces/:ws/scorecards/:id/links': 'strategy.write',
  'PATCH /api/workspaces/:ws/scorecards/:id/links/:from/:to': 'strategy.write',
  'DELETE /api/workspaces/:ws/scorecards/:id/links/:from/:to': 'strategy.write',
  'GET /api/workspaces/:ws/scorecards/:id/kpis': 'read',
  'POST /api/workspaces/:ws/scorecards/:id/kpis': 'strategy.write',
  'GET /api/workspaces/:ws/scorecards/:id/kpis/:kpi': 'read',
  'PATCH /api/workspaces/:ws/scorecards/:id/kpis/:kpi': 'strategy.write',
  'DELETE /api/workspaces/:ws/scorecards/:id/kpis/:kpi': 'strategy.write',
  'GET /api/workspaces/:ws/scorecards/:id/initiatives': 'read',
  'POST /api/workspaces/:ws/scorecards/:id/initiatives': 'strategy.write',
  'GET /api/workspaces/:ws/scorecards/:id/initiatives/:initiative': 'read',
  'PATCH /api/workspaces/:ws/scorecards/:id/initiatives/:initiative': 'initiative.progress',
  'DELETE /api/workspaces/:ws/scorecards/:id/initiatives/:initiative': 'strategy.write',
  'PUT /api/workspaces/:ws/scorecards/:id/kpis/:kpi/values/:period': 'values.write',
  'PUT /api/workspaces/:ws/scorecards/:id/values': 'values.write',
  'GET /api/workspaces/:ws/scorecards/:id/kpis/:kpi/values': 'read',
  'DELETE /api/workspaces/:ws/scorecards/:id/kpis/:kpi/values/:period': 'values.write',
  'GET /api/workspaces/:ws/changes': 'read',
  'POST /api/workspaces/:ws/changes/:changeId/revert': 'strategy.write',
  'POST /api/workspaces/:ws/batches/:batch/revert': 'strategy.write',
  'POST /api/workspaces/:ws/edits': 'strategy.write',
  'GET /api/workspaces/:ws/scorecards/:id/document': 'read',
  'GET /api/workspaces/:ws/scorecards/:id/report': 'read',
  'GET /api/workspaces/:ws/scorecards/:id/map': 'read',
  'GET /api/templates': 'signed-in',
  'GET /api/templates/:name': 'signed-in',
  'POST /api/workspaces/:ws/templates/:name/apply': 'strategy.write',
  'POST /api/wizard/preview': 'signed-in',
  'POST /api/workspaces/:ws/wizard': 'strategy.write',
  'GET /api/workspaces/:ws/scorecards/:id/kpis/:kpi/explain': 'read',
  'POST /api/workspaces/:ws/scorecards/:id/formula-check': 'read',
  'GET /api/workspaces/:ws/kpi-index': 'read',
  'GET /api/workspaces/:ws/scorecards/:id/evidence': 'read',
  'GET /api/workspaces/:ws/scorecards/:id/evidence/:from/:to': 'read',
  'GET /api/workspaces/:ws/scorecards/:id/trends': 'read',
  'GET /api/workspaces/:ws/collection': 'read',
  'GET /api/workspaces/:ws/scorecards/:id/layout': 'read',
  'PUT /api/workspaces/:ws/scorecards/:id/layout': 'strategy.write',
  'GET /api/workspaces/:ws/members': 'workspace.admin',
  'PUT /api/workspaces/:ws/members/:email': 'workspace.admin',
  'DELETE /api/workspaces/:ws/members/:email': 'workspace.admin',
  'GET /api/workspaces/:ws/webhooks': 'workspace.admin',
  'POST /api/workspaces/:ws/webhooks': 'workspace.admin',
  'PATCH /api/workspaces/:ws/webhooks/:id': 'workspace.admin',
  'DELETE /api/workspaces/:ws/webhooks/:id': 'workspace.admin',
  'GET /api/workspaces/:ws/webhooks/:id/deliveries': 'workspace.admin',
  'POST /api/workspaces/:ws/webhooks/:id/test': 'workspace.admin',
  'GET /api/workspaces/:ws/cycle/settings': 'read',
  'PUT /api/workspaces/:ws/cycle/settings': 'workspace.admin',
  'POST /api/workspaces/:ws/cycle/remind': 'strategy.write',
  'GET /api/mail': 'signed-in',
  'GET /api/workspaces/:ws/my-updates': 'read',
  'POST /api/workspaces/:ws/my-updates': 'values.write',
  'GET /api/notifications': 'signed-in',
  'GET /api/notifications/unread': 'signed-in',
  'POST /api/notifications/read': 'signed-in',
  'GET /api/notifications/settings': 'signed-in',
  'PUT /api/notifications/settings': 'signed-in',
  'GET /api/accounts': 'instance.admin',
  'POST /api/accounts': 'instance.admin',
  'GET /api/accounts/:account': 'instance.admin',
  'PATCH /api/accounts/:account': 'instance.admin',
  'DELETE /api/accounts/:account': 'instance.admin',
  'GET /api/tokens': 'signed-in',
  'POST /api/tokens': 'signed-in',
  'DELETE /api/tokens/:token': 'signed-in',
  'POST /api/workspaces/:ws/import': 'strategy.write',
  'GET /api/workspaces/:ws/export': 'read',
  'POST /api/workspaces/:ws/values/import': 'values.write',
  'GET /api/workspaces/:ws/values/export': 'read',
};

const routeKey = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

/** The people of the matrix, each with what the server should make of them. */
interface PrincipalSpec {
  readonly name: string;
  readonly instanceAdmin?: boolean;
  readonly role?: Role;
  readonly scorecards?: readonly string[];
  /** A member of another workspace only. */
  readonly elsewhere?: boolean;
  readonly scope?: TokenScope;
  /** How the request authenticates: a good token (default), none, a revoked token, an ended session. */
  readonly credential?: 'token' | 'none' | 'revoked-token' | 'expired-session';
}

const PRINCIPALS: readonly PrincipalSpec[] = [
  { name: 'anonymous', credential: 'none' },
  { name: 'viewer', role: 'viewer' },
  { name: 'updater', role: 'updater' },
  { name: 'editor', role: 'editor' },
  { name: 'admin', role: 'admin' },
  { name: 'limited-editor', role: 'editor', scorecards: ['corp'] },
  { name: 'non-member', role: 'admin', elsewhere: true },
  { name: 'instance-admin', instanceAdmin: true },
  { name: 'read-token', role: 'admin', scope: 'read' },
  { name: 'values-token', role: 'admin', scope: 'values' },
  { name: 'revoked-token', role: 'admin', credential: 'revoked-token' },
  { name: 'expired-session', role: 'admin', credential: 'expired-session' },
];

/**
 * Routes whose handler checks the owner of what is written: the matrix writes the KPI and the
 * initiative someone else owns, so an updater passes the route and is refused by the item.
 */
const OWN_ITEM_ROUTES: ReadonlySet<string> = new Set([
  'PUT /api/workspaces/:ws/scorecards/:id/kpis/:kpi/values/:period',
  'DELETE /api/workspaces/:ws/scorecards/:id/kpis/:kpi/values/:period',
  'PUT /api/workspaces/:ws/scorecards/:id/values',
  'POST /api/workspaces/:ws/values/import',
  'POST /api/workspaces/:ws/my-updates',
  'PATCH /api/workspaces/:ws/scorecards/:id/initiatives/:initiative',
]);
/** Routes that check each item's scorecard after a route-level check "somewhere". */
const PER_ITEM_ROUTES: ReadonlySet<string> = new Set([
  'POST /api/workspaces/:ws/edits',
  'POST /api/workspaces/:ws/values/import',
  'POST /api/workspaces/:ws/my-updates',
]);

const OTHER_OWNER = 'someone-else@example.com';

/** The strategy every request addresses: "ops" holds what the matrix writes; "corp" is beside it. */
function matrixStrategy() {
  const kpi = (id: string, owner: string) => ({
    id,
    name: id,
    owner,
    unit: '%',
    baseline: 50,
    target: 90,
    frequency: 'monthly',
  });
  const scorecard = (id: string) => ({
    id,
    name: id,
    perspectives: [{ id: 'financial', name: 'Financial' }],
    objectives: [
      {
        id: 'grow',
        name: 'Grow revenue',
        perspective: 'financial',
        kpis: [kpi('other', OTHER_OWNER)],
        initiatives: [{ id: 'other-i', name: 'Other initiative', owner: OTHER_OWNER }],
      },
    ],
  });
  return { bearing: 1, scorecards: [scorecard('ops'), scorecard('corp')] };
}

const URL_PARAMS: Readonly<Record<string, string>> = {
  id: 'ops',
  kpi: 'other',
  initiative: 'other-i',
  period: '2026-01',
  objective: 'grow',
  perspective: 'financial',
  node: 'grow',
  from: 'grow',
  to: 'grow',
  changeId: 'no-such-change',
  batch: 'no-such-batch',
  name: 'no-such-template',
  email: 'nobody@example.com',
  account: 'nobody@example.com',
  token: 'no-such-token',
};

/** A body that reaches the check; for own-item routes, one the handler accepts (so it checks). */
function bodyOf(key: string, n: number): { payload?: string; contentType?: string } {
  // A value no earlier request wrote: an unchanged value is no write, so nothing to check.
  const value = 1000 + n;
  switch (key) {
    case 'PUT /api/workspaces/:ws/scorecards/:id/kpis/:kpi/values/:period':
      return { payload: JSON.stringify({ value }), contentType: 'application/json' };
    case 'PUT /api/workspaces/:ws/scorecards/:id/values':
      return {
        payload: JSON.stringify({ values: [{ kpi: 'other', period: '2026-01', value }] }),
        contentType: 'application/json',
      };
    case 'POST /api/workspaces/:ws/my-updates':
      return {
        payload: JSON.stringify({
          values: [{ scorecard: 'ops', kpi: 'other', period: '2026-01', value }],
        }),
        contentType: 'application/json',
      };
    case 'PATCH /api/workspaces/:ws/scorecards/:id/initiatives/:initiative':
      return { payload: JSON.stringify({ progress: 0.5 }), contentType: 'application/json' };
    case 'POST /api/workspaces/:ws/values/import':
      return {
        payload: `scorecard,kpi,period,value\nops,other,2026-01,${value}\n`,
        contentType: 'text/csv',
      };
    default:
      // Invalid for every other write: it passes the check, then stops at validation (400) or
      // a missing entity, so the matrix never changes the strategy it runs against.
      return key.startsWith('GET ') || key.startsWith('DELETE ')
        ? {}
        : { payload: '{"matrix": true}', contentType: 'application/json' };
  }
}

type Outcome = 401 | 403 | 404 | 'passes';

function subjectOf(spec: PrincipalSpec, ws: string): AccessSubject {
  const workspace = spec.elsewhere === true ? `${ws}-elsewhere` : ws;
  return {
    kind: 'account',
    accountId: spec.name,
    email: `${spec.name}@example.com`,
    name: spec.name,
    instanceAdmin: spec.instanceAdmin === true,
    memberships:
      spec.role === undefined
        ? []
        : [{ workspace, role: spec.role, scorecards: spec.scorecards ?? null }],
    tokenScope: spec.scope ?? null,
  };
}

const outcomeOf = (decision: AccessDecision): Outcome =>
  decision.allowed ? 'passes' : decision.status;

/** What ACTION_RULES say the request gets: the matrix's expectation. */
function expectedOutcome(
  key: string,
  action: AccessAction,
  spec: PrincipalSpec,
  ws: string,
): Outcome {
  const credential = spec.credential ?? 'token';
  // A bad token is refused on every route; an ended session is anonymous.
  if (credential === 'revoked-token') return 401;
  if (action === 'public') return 'passes';
  if (credential !== 'token') return 401;
  const subject = subjectOf(spec, ws);
  const scorecard = key.includes('/scorecards/:id') ? { scorecard: 'ops' } : {};
  const routeLevel = PER_ITEM_ROUTES.has(key)
    ? decideAccessSomewhere(subject, action, ws)
    : decideAccess(subject, action, { workspace: ws, ...scorecard });
  if (!routeLevel.allowed || !OWN_ITEM_ROUTES.has(key)) return outcomeOf(routeLevel);
  return outcomeOf(
    decideAccess(subject, action, { workspace: ws, scorecard: 'ops', owner: OTHER_OWNER }),
  );
}

/** What the server answered, as far as authorization goes: a non-member 404 names the workspace. */
function actualOutcome(status: number, body: string, ws: string): Outcome {
  if (status === 401) return 401;
  if (status === 403 && body.includes('"FORBIDDEN"')) return 403;
  if (status === 404 && body.includes(`workspace \\"${ws}\\" does not exist`)) return 404;
  return 'passes';
}

forEachDialect(({ db }) => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });

  describe('the route table', () => {
    it('has an entry for every API route, with the action the route declares', () => {
      const declared = declaredRoutes(app).filter(
        (r) => r.method !== 'HEAD' && !r.url.startsWith('/api/docs'),
      );
      const missing = declared.filter((r) => ROUTE_ACTIONS[routeKey(r)] === undefined);
      expect(missing.map(routeKey), 'routes with no entry in ROUTE_ACTIONS').toEqual([]);
      for (const route of declared) {
        expect(route.access, routeKey(route)).toBe(ROUTE_ACTIONS[routeKey(route)]);
      }
      const gone = Object.keys(ROUTE_ACTIONS).filter(
        (key) => !declared.some((r) => routeKey(r) === key),
      );
      expect(gone, 'entries of routes that no longer exist').toEqual([]);
    });

    it('gives HEAD routes their GET action and the API docs signed-in', () => {
      for (const route of declaredRoutes(app)) {
        if (route.url.startsWith('/api/docs')) expect(route.access).toBe('signed-in');
        else if (route.method === 'HEAD') {
          expect(route.access, routeKey(route)).toBe(ROUTE_ACTIONS[`GET ${route.url}`]);
        }
      }
    });
  });

  /** The run: each principal is a real account with a real token (or session). */
  describe('every route × every principal', () => {
    const ws = `matrix-${randomBytes(3).toString('hex')}`;
    const people = new Map<string, Readonly<Record<string, string>>>();

    beforeAll(async () => {
      const root = await createTestPerson(db().db, { name: 'root', instanceAdmin: true });
      const root_ = { ...CLIENT_HEADERS, ...root.headers };
      const created = await app.inject({
        method: 'POST',
        url: '/api/workspaces',
        headers: root_,
        payload: { key: ws, name: ws },
      });
      expect(created.statusCode).toBe(201);
      await app.inject({
        method: 'POST',
        url: '/api/workspaces',
        headers: root_,
        payload: { key: `${ws}-elsewhere`, name: 'elsewhere' },
      });
      const imported = await app.inject({
        method: 'POST',
        url: `/api/workspaces/${ws}/import`,
        headers: { ...root_, 'content-type': 'application/json' },
        payload: JSON.stringify(matrixStrategy()),
      });
      expect(imported.statusCode, imported.body).toBe(200);
      for (const spec of PRINCIPALS) {
        people.set(spec.name, await headersOf(spec));
      }
    });

    async function headersOf(spec: PrincipalSpec): Promise<Readonly<Record<string, string>>> {
      const credential = spec.credential ?? 'token';
      if (credential === 'none') return CLIENT_HEADERS;
      const workspace = spec.elsewhere === true ? `${ws}-elsewhere` : ws;
      const person: TestPerson = await createTestPerson(db().db, {
        name: spec.name,
        instanceAdmin: spec.instanceAdmin === true,
        memberships:
          spec.role === undefined
            ? []
            : [{ workspace, role: spec.role, scorecards: spec.scorecards ?? null }],
        scope: spec.scope ?? 'write',
        token: credential === 'revoked-token' ? 'revoked' : 'good',
      });
      if (credential !== 'expired-session') return { ...CLIENT_HEADERS, ...person.headers };
      const id = newSecret();
      const signedIn = new Date(TEST_NOW.getTime() - 31 * 24 * 3600 * 1000);
      await createSession(db().db, {
        idHash: hashSecret(id),
        accountId: person.account.id,
        now: signedIn,
        idleMs: 12 * 3600 * 1000,
        absoluteMs: 30 * 24 * 3600 * 1000,
        ip: null,
        userAgent: null,
      });
      return { ...CLIENT_HEADERS, cookie: `bearing_session=${id}` };
    }

    const urlOf = (template: string) =>
      template
        .replace(':ws', ws)
        .replace(/:(\w+)/g, (_m, param: string) => encodeURIComponent(URL_PARAMS[param] ?? 'x'));

    it('answers each request as ACTION_RULES say (401, 403, 404, or passes the check)', async () => {
      const wrong: string[] = [];
      let n = 0;
      for (const [key, action] of Object.entries(ROUTE_ACTIONS)) {
        const [method, template] = key.split(' ') as [string, string];
        for (const spec of PRINCIPALS) {
          const { payload, contentType } = bodyOf(key, (n += 1));
          const res = await app.inject({
            method: method as 'GET',
            url: urlOf(template),
            headers: {
              ...people.get(spec.name),
              // A stale version: a write that passes the check changes nothing.
              'if-match': '"999999"',
              ...(contentType === undefined ? {} : { 'content-type': contentType }),
            },
            ...(payload === undefined ? {} : { payload }),
          });
          const expected = expectedOutcome(key, action, spec, ws);
          const actual = actualOutcome(res.statusCode, res.body, ws);
          if (actual !== expected) {
            wrong.push(
              `${key} as ${spec.name}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`,
            );
          }
        }
      }
      expect(wrong).toEqual([]);
    }, 120_000);
  });
});

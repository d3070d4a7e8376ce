import {
  ACTION_RULES,
  type AccessAction,
  ROLES,
  type Role,
  TOKEN_SCOPES,
  type TokenScope,
} from '@bearing/core';
import { createSession, createWorkspace, putMembership, revokeApiToken } from '@bearing/db';
import {
  type TestDatabase,
  createTestDatabase,
  postgresSkipReason,
} from '@bearing/testing/databases';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addAccount, addToken } from './auth/auth.test-support.ts';
import { SESSION_COOKIE } from './auth/cookies.ts';
import { hashSecret, newSecret } from './auth/secrets.ts';
import { CLIENT_HEADERS, TEST_NOW, buildTestApp } from './test-helpers.ts';
import type * as AccessPlugin from './plugins/access.ts';
import type { App } from './types.ts';

/**
 * The role matrix: every /api route the app builds × every kind of caller, against what
 * ACTION_RULES says the route's declared action allows. Only the authorization outcome is
 * asserted — 401, 403 or 404 from the access check, or "passed" — so the test wraps the access
 * plugin: its onRoute hook collects the route table, and a preHandler answers 204 for every
 * request that got past the check, so no handler runs (no writes, no order between cases, one
 * app per engine). The check runs in preValidation, so no request needs a valid body; a 400
 * means validation ran, i.e. the check passed. Item-level checks inside handlers (an updater's
 * own KPI, each edit's scorecard) are plugins/access.test.ts's and the routes' own tests.
 */

interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly access: AccessAction;
  readonly perItem: boolean;
}

const routeTables = new WeakMap<object, RouteEntry[]>();

vi.mock('./plugins/access.ts', async (importOriginal) => {
  const original = await importOriginal<typeof AccessPlugin>();
  return {
    ...original,
    registerAccessCheck(app: FastifyInstance) {
      original.registerAccessCheck(app);
      const table: RouteEntry[] = [];
      routeTables.set(app, table);
      app.addHook('onRoute', (route) => {
        const { url } = route;
        if (url !== '/api' && !url.startsWith('/api/')) return;
        for (const method of [route.method].flat()) {
          if (method === 'HEAD' || method === 'OPTIONS') continue;
          table.push({
            method,
            url,
            access: route.config!.access!,
            perItem: route.config?.accessPerItem === true,
          });
        }
      });
      app.addHook('preHandler', (_request, reply, done) => {
        void reply.code(204).header('x-access', 'passed').send();
        done();
      });
    },
  };
});

const WS = 'default';
/** The scorecard every `:id` in a URL names; the limited editor edits another one. */
const SCORECARD = 'corp';
const OTHER_SCORECARD = 'sales';

/** Who asks, and what the expectation needs to know about them. */
interface Caller {
  readonly name: string;
  /** null: no principal reaches the check (anonymous, expired session). */
  readonly role: Role | null;
  readonly scorecards: readonly string[] | null;
  readonly instanceAdmin: boolean;
  readonly scope: TokenScope | null;
  /** A credential the server refuses outright, on every route. */
  readonly badCredential: boolean;
  readonly headers: Record<string, string>;
}

type Outcome = 'passed' | 401 | 403 | 404;

/** What ACTION_RULES says, written out without decideAccess so the two check each other. */
function expected(route: RouteEntry, caller: Caller): Outcome {
  if (caller.badCredential) return 401;
  const rule = ACTION_RULES[route.access];
  if (route.access === 'public') return 'passed';
  if (caller.role === null && !caller.instanceAdmin && caller.name !== 'non-member') return 401;
  const inWorkspace = route.url.includes(':ws');
  const member = caller.instanceAdmin || caller.role !== null;
  if (inWorkspace && !member) return 404;
  if (caller.scope !== null && rule.scope !== null) {
    if (TOKEN_SCOPES.indexOf(caller.scope) < TOKEN_SCOPES.indexOf(rule.scope)) return 403;
  }
  if (route.access === 'instance.admin') return caller.instanceAdmin ? 'passed' : 403;
  if (rule.role === null || caller.instanceAdmin) return 'passed';
  const onScorecard = route.url.includes('/scorecards/:id');
  let role: Role = caller.role!;
  if (caller.scorecards !== null) {
    // Limited: the role on its scorecards, viewer elsewhere; a workspace-level write needs an
    // unlimited membership unless the route decides each item (then one scorecard is enough).
    if (onScorecard) role = caller.scorecards.includes(SCORECARD) ? role : 'viewer';
    else if (!route.perItem && rule.role !== 'viewer') return 403;
  }
  return ROLES.indexOf(role) >= ROLES.indexOf(rule.role) ? 'passed' : 403;
}

/** A URL of the route: the workspace and scorecard above, any other parameter a dummy. */
function urlOf(route: RouteEntry): string {
  return route.url
    .replace(':ws', WS)
    .replace(':id', SCORECARD)
    .replace(':name', 'hospice')
    .replace(/:[A-Za-z]+/g, 'x')
    .replace('*', 'x');
}

function outcomeOf(status: number, code: string | undefined): Outcome | `other ${string}` {
  if (status === 401 && code === 'UNAUTHENTICATED') return 401;
  if (status === 403 && code === 'FORBIDDEN') return 403;
  if (status === 404 && code === 'NOT_FOUND') return 404;
  // 204 from the test's preHandler, or 400 from validation, which runs after the check.
  if (status === 204 || status === 400) return 'passed';
  return `other ${status} ${code}`;
}

/** The `error.code` of an error answer; undefined for anything else. */
function errorCodeOf(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

async function sessionHeaders(db: TestDatabase, accountId: string, expired = false) {
  const id = newSecret();
  const now = expired ? new Date(TEST_NOW.getTime() - 40 * 24 * 3600_000) : TEST_NOW;
  await createSession(db.db, {
    idHash: hashSecret(id),
    accountId,
    now,
    idleMs: 12 * 3600_000,
    absoluteMs: 30 * 24 * 3600_000,
    ip: null,
    userAgent: null,
  });
  return { cookie: `${SESSION_COOKIE}=${id}` };
}

/** The callers, as real accounts, memberships, sessions and tokens in the database. */
async function makeCallers(db: TestDatabase): Promise<Caller[]> {
  const callers: Caller[] = [];
  const base = { scorecards: null, instanceAdmin: false, scope: null, badCredential: false };
  callers.push({ ...base, name: 'anonymous', role: null, headers: {} });
  const member = async (name: string, role: Role, scorecards: string[] | null = null) => {
    const account = await addAccount(db.db, `${name}@example.com`, { password: null });
    await putMembership(
      db.db,
      { workspace: WS, accountId: account.id, role, scorecards },
      TEST_NOW,
    );
    return account;
  };
  for (const role of ROLES) {
    const account = await member(role, role);
    callers.push({ ...base, name: role, role, headers: await sessionHeaders(db, account.id) });
  }
  const limited = await member('limited', 'editor', [OTHER_SCORECARD]);
  callers.push({
    ...base,
    name: `editor of ${OTHER_SCORECARD} only`,
    role: 'editor',
    scorecards: [OTHER_SCORECARD],
    headers: await sessionHeaders(db, limited.id),
  });
  const outsider = await addAccount(db.db, 'outsider@example.com', { password: null });
  await putMembership(
    db.db,
    { workspace: 'other', accountId: outsider.id, role: 'admin', scorecards: null },
    TEST_NOW,
  );
  callers.push({
    ...base,
    name: 'non-member',
    role: null,
    headers: await sessionHeaders(db, outsider.id),
  });
  const root = await addAccount(db.db, 'root@example.com', { password: null, instanceAdmin: true });
  callers.push({
    ...base,
    name: 'instance admin',
    role: null,
    instanceAdmin: true,
    headers: await sessionHeaders(db, root.id),
  });
  // Tokens of a workspace admin: the scope alone limits them.
  const owner = await member('token-owner', 'admin');
  for (const scope of ['read', 'values'] as const) {
    const { token } = await addToken(db.db, owner.id, scope);
    callers.push({
      ...base,
      name: `${scope}-scope token`,
      role: 'admin',
      scope,
      headers: { authorization: `Bearer ${token}` },
    });
  }
  const revoked = await addToken(db.db, owner.id, 'write');
  await revokeApiToken(db.db, owner.id, revoked.id, TEST_NOW);
  callers.push({
    ...base,
    name: 'revoked token',
    role: 'admin',
    badCredential: true,
    headers: { authorization: `Bearer ${revoked.token}` },
  });
  const expiredAccount = await member('expired', 'admin');
  callers.push({
    ...base,
    name: 'expired session',
    role: null,
    headers: await sessionHeaders(db, expiredAccount.id, true),
  });
  return callers;
}

/** Every action a route may declare must have a row in the documented table. */
const KNOWN_ACTIONS = new Set(Object.keys(ACTION_RULES));

function engineMatrix(dialect: 'sqlite' | 'postgres', skip: string | null) {
  (skip === null ? describe : describe.skip)(
    `the role matrix on ${dialect}${skip === null ? '' : ` (skipped: ${skip})`}`,
    () => {
      let db: TestDatabase;
      let app: App;
      let routes: RouteEntry[];
      let callers: Caller[];

      beforeAll(async () => {
        db = await createTestDatabase(dialect);
        app = await buildTestApp(db);
        routes = routeTables.get(app) ?? [];
        await createWorkspace(
          db.db,
          { key: 'other', name: 'Other', organization: null },
          { actor: 'test', now: TEST_NOW },
        );
        callers = await makeCallers(db);
      }, 60_000);
      afterAll(async () => {
        await app.close();
        await db.close();
      });

      it('collects the route table, each route with a documented action', () => {
        expect(routes.length).toBeGreaterThan(50);
        for (const route of routes) expect(KNOWN_ACTIONS).toContain(route.access);
        expect(routes).toContainEqual(
          expect.objectContaining({ method: 'GET', url: '/api/health', access: 'public' }),
        );
      });

      it('answers every route × caller as ACTION_RULES says', async () => {
        const mismatches: string[] = [];
        for (const caller of callers) {
          const results = await Promise.all(
            routes.map(async (route) => {
              const res = await app.inject({
                method: route.method as 'GET',
                url: urlOf(route),
                headers: { ...CLIENT_HEADERS, ...caller.headers },
              });
              return { route, got: outcomeOf(res.statusCode, errorCodeOf(res.body)) };
            }),
          );
          for (const { route, got } of results) {
            const want = expected(route, caller);
            if (got !== want) {
              mismatches.push(
                `${caller.name}: ${route.method} ${route.url} (${route.access}) → ${got}, expected ${want}`,
              );
            }
          }
        }
        expect(mismatches).toEqual([]);
      }, 120_000);
    },
  );
}

engineMatrix('sqlite', null);
engineMatrix('postgres', postgresSkipReason());

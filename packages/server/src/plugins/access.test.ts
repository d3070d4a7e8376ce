import type { AccessMembership, TokenScope } from '@bearing/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { assertOwn, assertScorecard, registerAccessCheck } from './access.ts';
import { LOCAL_PRINCIPAL, type Principal } from './auth.ts';
import { registerErrorHandler } from './errors.ts';

/**
 * The enforcement hooks on a bare Fastify app: the principal comes from a test header, so each
 * case states who asks. The real app's principals (sessions, tokens) are the role matrix's.
 */
function account(memberships: AccessMembership[], tokenScope: TokenScope | null = null): Principal {
  return {
    kind: 'account',
    accountId: 'acc-1',
    email: 'ana@example.com',
    name: 'Ana',
    instanceAdmin: false,
    memberships,
    tokenScope,
    tokenId: tokenScope === null ? null : 'tok-1',
  };
}

const inAcme = (role: AccessMembership['role'], scorecards: string[] | null = null) =>
  account([{ workspace: 'acme', role, scorecards }]);

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function appWith(routes: (app: FastifyInstance) => void): Promise<FastifyInstance> {
  const built = Fastify();
  registerErrorHandler(built);
  built.decorateRequest('principal', null);
  built.addHook('onRequest', (request, _reply, done) => {
    const header = request.headers['x-test-principal'];
    request.principal =
      header === undefined
        ? null
        : header === 'local'
          ? LOCAL_PRINCIPAL
          : (JSON.parse(String(header)) as Principal);
    done();
  });
  registerAccessCheck(built);
  routes(built);
  await built.ready();
  app = built;
  return built;
}

const as = (principal: Principal | 'local' | null) =>
  principal === null
    ? {}
    : { 'x-test-principal': principal === 'local' ? 'local' : JSON.stringify(principal) };

describe('registerAccessCheck at start', () => {
  it('refuses an /api route that declares no access action, naming it', async () => {
    await expect(
      appWith((a) => {
        a.get('/api/workspaces/:ws/secret', () => 'x');
      }),
    ).rejects.toThrow(/GET \/api\/workspaces\/:ws\/secret declares no access action/);
  });

  it('refuses an action that does not exist', async () => {
    await expect(
      appWith((a) => {
        a.get('/api/x', { config: { access: 'everything' as 'read' } }, () => 'x');
      }),
    ).rejects.toThrow(/declares no access action/);
  });

  it('leaves routes outside /api alone', async () => {
    const built = await appWith((a) => {
      a.get('/assets/app.js', () => 'js');
    });
    expect((await built.inject('/assets/app.js')).statusCode).toBe(200);
  });
});

describe('the route-level check', () => {
  const routes = (a: FastifyInstance) => {
    a.get('/api/health', { config: { access: 'public' } }, () => ({ ok: true }));
    a.get('/api/templates', { config: { access: 'signed-in' } }, () => ({ ok: true }));
    a.get('/api/workspaces/:ws/scorecards/:id', { config: { access: 'read' } }, () => ({}));
    a.put(
      '/api/workspaces/:ws/scorecards/:id/layout',
      {
        config: { access: 'strategy.write' },
        // Validation would refuse every body: the check must answer first.
        schema: { body: { type: 'object', required: ['never'] } },
      },
      () => ({}),
    );
    a.post('/api/workspaces/:ws/scorecards', { config: { access: 'strategy.write' } }, () => ({}));
  };

  it('lets anybody call a public route', async () => {
    const built = await appWith(routes);
    expect((await built.inject('/api/health')).statusCode).toBe(200);
  });

  it('answers 401 UNAUTHENTICATED to an anonymous request on any other route', async () => {
    const built = await appWith(routes);
    const res = await built.inject('/api/templates');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('answers 404 for a workspace the principal is not a member of', async () => {
    const built = await appWith(routes);
    const res = await built.inject({
      url: '/api/workspaces/beta/scorecards/ops',
      headers: as(inAcme('admin')),
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      error: { code: 'NOT_FOUND', message: 'workspace "beta" does not exist' },
    });
  });

  it('answers 403 naming the role, before validating the body', async () => {
    const built = await appWith(routes);
    const res = await built.inject({
      method: 'PUT',
      url: '/api/workspaces/acme/scorecards/ops/layout',
      headers: as(inAcme('viewer')),
      payload: {},
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({
      error: {
        code: 'FORBIDDEN',
        message: 'needs the editor role in workspace "acme" (you are a viewer)',
        roleNeeded: 'editor',
      },
    });
  });

  it('takes the scorecard from :id, so a limited editor writes their own scorecard only', async () => {
    const built = await appWith(routes);
    const put = (scorecard: string) =>
      built.inject({
        method: 'PUT',
        url: `/api/workspaces/acme/scorecards/${scorecard}/layout`,
        headers: as(inAcme('editor', ['ops'])),
        payload: {},
      });
    expect((await put('ops')).statusCode).toBe(400); // passed the check, then validation
    expect((await put('corp')).statusCode).toBe(403);
    const create = await built.inject({
      method: 'POST',
      url: '/api/workspaces/acme/scorecards',
      headers: as(inAcme('editor', ['ops'])),
    });
    expect(create.statusCode).toBe(403);
  });

  it('applies the token scope on top of the role', async () => {
    const built = await appWith(routes);
    const res = await built.inject({
      method: 'PUT',
      url: '/api/workspaces/acme/scorecards/ops/layout',
      headers: as(account([{ workspace: 'acme', role: 'admin', scorecards: null }], 'read')),
      payload: {},
    });
    expect(res.json()).toMatchObject({
      error: { message: 'this API token has the read scope; strategy.write needs write' },
    });
  });

  it('lets the local owner do everything', async () => {
    const built = await appWith(routes);
    const res = await built.inject({
      method: 'POST',
      url: '/api/workspaces/acme/scorecards',
      headers: as('local'),
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('item-level checks', () => {
  const routes = (a: FastifyInstance) => {
    a.put<{ Body: { owner: string | null } }>(
      '/api/workspaces/:ws/scorecards/:id/values',
      { config: { access: 'values.write' } },
      (request) => {
        assertOwn(request, 'ops', [request.body.owner]);
        return { written: true };
      },
    );
    a.post<{ Body: { scorecards: string[] } }>(
      '/api/workspaces/:ws/edits',
      { config: { access: 'strategy.write', accessPerItem: true } },
      (request) => {
        request.body.scorecards.forEach((scorecard, i) => {
          assertScorecard(request, { scorecard }, `body.edits.${i}`);
        });
        return { applied: true };
      },
    );
  };

  it('assertOwn lets an updater write own KPIs (any case) and refuses the others', async () => {
    const built = await appWith(routes);
    const write = (owner: string | null) =>
      built.inject({
        method: 'PUT',
        url: '/api/workspaces/acme/scorecards/ops/values',
        headers: as(inAcme('updater')),
        payload: { owner },
      });
    expect((await write('ANA@example.com')).statusCode).toBe(200);
    const other = await write('bo@example.com');
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ error: { roleNeeded: 'editor' } });
    expect((await write(null)).statusCode).toBe(403);
  });

  it('a per-item route passes a limited editor, then refuses an edit outside their scorecards', async () => {
    const built = await appWith(routes);
    const edits = (scorecards: string[]) =>
      built.inject({
        method: 'POST',
        url: '/api/workspaces/acme/edits',
        headers: as(inAcme('editor', ['ops'])),
        payload: { scorecards },
      });
    expect((await edits(['ops'])).statusCode).toBe(200);
    const outside = await edits(['ops', 'corp']);
    expect(outside.statusCode).toBe(403);
    expect(outside.json()).toMatchObject({ error: { path: 'body.edits.1' } });
  });

  it('a per-item route still refuses a member whose role is enough nowhere', async () => {
    const built = await appWith(routes);
    const res = await built.inject({
      method: 'POST',
      url: '/api/workspaces/acme/edits',
      headers: as(inAcme('viewer', ['ops'])),
      payload: { scorecards: ['ops'] },
    });
    expect(res.statusCode).toBe(403);
  });
});

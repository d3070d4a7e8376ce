import { randomBytes } from 'node:crypto';
import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestPerson, createTestPerson } from '../../access.test-support.ts';
import { buildTestApp } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

describe('members of a workspace', () => {
  let database: TestDatabase;
  let app: App;
  let root: TestPerson;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildTestApp(database);
    root = await createTestPerson(database.db, { name: 'root', instanceAdmin: true });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  /** A new workspace with one scorecard, "ops", and its creator's admin made a member. */
  async function workspaceWithAdmin(): Promise<{ ws: string; admin: TestPerson }> {
    const ws = `ws-${randomBytes(3).toString('hex')}`;
    const created = await app.inject({
      method: 'POST',
      url: '/api/workspaces',
      headers: root.headers,
      payload: { key: ws, name: ws },
    });
    expect(created.statusCode).toBe(201);
    const scorecard = await app.inject({
      method: 'POST',
      url: `/api/workspaces/${ws}/scorecards`,
      headers: root.headers,
      payload: { id: 'ops', name: 'Operations' },
    });
    expect(scorecard.statusCode).toBe(201);
    const admin = await createTestPerson(database.db, {
      name: 'admin',
      memberships: [{ workspace: ws, role: 'admin' }],
    });
    return { ws, admin };
  }

  const put = (ws: string, who: TestPerson, email: string, payload: unknown) =>
    app.inject({
      method: 'PUT',
      url: `/api/workspaces/${ws}/members/${encodeURIComponent(email)}`,
      headers: who.headers,
      payload: payload as Record<string, unknown>,
    });
  const remove = (ws: string, who: TestPerson, email: string) =>
    app.inject({
      method: 'DELETE',
      url: `/api/workspaces/${ws}/members/${encodeURIComponent(email)}`,
      headers: who.headers,
    });

  it('adds a member (201), changes the role and scorecards (200), and lists them by email', async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const bo = await createTestPerson(database.db, { name: 'bo' });
    const email = bo.account.email;
    const added = await put(ws, admin, email.toUpperCase(), { role: 'viewer' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ email, role: 'viewer', scorecards: null });
    const changed = await put(ws, admin, email, { role: 'editor', scorecards: ['ops'] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'editor', scorecards: ['ops'] });
    const list = await app.inject({ url: `/api/workspaces/${ws}/members`, headers: admin.headers });
    expect(list.statusCode).toBe(200);
    const { members } = list.json<{ members: { email: string; role: string }[] }>();
    expect(members.map((m) => [m.email, m.role])).toEqual(
      [
        [admin.account.email, 'admin'],
        [email, 'editor'],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
  });

  it('answers 404 for an email with no account, saying to create the account first', async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const res = await put(ws, admin, 'nobody@example.com', { role: 'viewer' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      error: {
        code: 'NOT_FOUND',
        path: 'params.email',
        message: expect.stringMatching(/creates it first/) as string,
      },
    });
  });

  it('refuses a scorecard the workspace does not have, naming it', async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const bo = await createTestPerson(database.db, { name: 'bo' });
    const res = await put(ws, admin, bo.account.email, {
      role: 'editor',
      scorecards: ['ops', 'hr'],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: {
        code: 'BROKEN_REFERENCE',
        path: 'body.scorecards.1',
        message: 'no scorecard "hr" in workspace "' + ws + '"',
      },
    });
  });

  it('refuses an unknown role with 400', async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const res = await put(ws, admin, admin.account.email, { role: 'owner' });
    expect(res.statusCode).toBe(400);
  });

  it('keeps the last administrator: no demotion, no limit to scorecards, no removal (409)', async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const email = admin.account.email;
    for (const res of [
      await put(ws, admin, email, { role: 'editor' }),
      await put(ws, admin, email, { role: 'admin', scorecards: ['ops'] }),
      await remove(ws, admin, email),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        error: {
          code: 'LAST_ADMIN',
          message: expect.stringContaining('last administrator') as string,
        },
      });
    }
  });

  it('removes an administrator when another one remains (204), then the account is no member', async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const second = await createTestPerson(database.db, {
      name: 'second',
      memberships: [{ workspace: ws, role: 'admin' }],
    });
    expect((await remove(ws, admin, second.account.email)).statusCode).toBe(204);
    const again = await remove(ws, admin, second.account.email);
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({
      error: { message: expect.stringContaining('is not a member') as string },
    });
  });
});

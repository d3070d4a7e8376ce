import { randomBytes } from 'node:crypto';
import { findAccountByEmail, useSignInLink } from '@bearing/db';
import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestPerson, createTestPerson } from '../../access.test-support.ts';
import { hashSecret, verifyPassword } from '../../auth/secrets.ts';
import { TEST_NOW, buildTestApp } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

describe('accounts', () => {
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

  const email = () => `p-${randomBytes(3).toString('hex')}@example.com`;
  const create = (payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/accounts', headers: root.headers, payload });

  it('creates an account with a password, stored as an argon2id hash', async () => {
    const address = email();
    const res = await create({ email: address, name: 'Pia', password: 'correct horse battery' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      account: expect.objectContaining({
        email: address,
        name: 'Pia',
        hasPassword: true,
      }) as unknown,
    });
    const stored = await findAccountByEmail(database.db, address);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored?.passwordHash ?? '', 'correct horse battery')).toBe(true);
  });

  it('without a password, answers a one-time sign-in link whose secret is stored hashed', async () => {
    const res = await create({ email: email() });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ account: { id: string; name: string }; signInLink: string }>();
    expect(body.signInLink).toMatch(/^http:\/\/localhost(:\d+)?\/sign-in\/link#[\w-]{43}$/);
    const secret = body.signInLink.split('#')[1] ?? '';
    expect(await useSignInLink(database.db, hashSecret(secret), TEST_NOW)).toBe(body.account.id);
  });

  it('refuses a short password and a taken email', async () => {
    const short = await create({ email: email(), password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ error: { path: 'body.password' } });
    const taken = await create({ email: root.account.email.toUpperCase() });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ error: { code: 'DUPLICATE_KEY' } });
  });

  it('lists, renames, disables and removes accounts, addressed by id or email', async () => {
    const pia = await createTestPerson(database.db, { name: 'pia' });
    const list = await app.inject({ url: '/api/accounts', headers: root.headers });
    expect(list.json<{ accounts: { email: string }[] }>().accounts.map((a) => a.email)).toContain(
      pia.account.email,
    );
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/api/accounts/${pia.account.id}`,
      headers: root.headers,
      payload: { name: 'Pia B.', disabled: true },
    });
    expect(renamed.json()).toMatchObject({ name: 'Pia B.', disabled: true });
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/accounts/${encodeURIComponent(pia.account.email)}`,
      headers: root.headers,
    });
    expect(removed.statusCode).toBe(204);
    const gone = await app.inject({
      url: `/api/accounts/${pia.account.id}`,
      headers: root.headers,
    });
    expect(gone.statusCode).toBe(404);
  });

  it('keeps the last instance administrator: no demotion, disabling or removal (409)', async () => {
    // root is the only instance administrator of this database.
    for (const res of [
      await app.inject({
        method: 'PATCH',
        url: `/api/accounts/${root.account.id}`,
        headers: root.headers,
        payload: { instanceAdmin: false },
      }),
      await app.inject({
        method: 'PATCH',
        url: `/api/accounts/${root.account.id}`,
        headers: root.headers,
        payload: { disabled: true },
      }),
      await app.inject({
        method: 'DELETE',
        url: `/api/accounts/${root.account.id}`,
        headers: root.headers,
      }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { code: 'LAST_ADMIN' } });
    }
  });
});

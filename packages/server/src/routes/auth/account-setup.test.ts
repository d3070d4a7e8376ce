import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { countAccounts, createSignInLink } from '@bearing/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PASSWORD,
  addAccount,
  buildClockedApp,
  login,
  sessionCookieOf,
  signedIn,
} from '../../auth/auth.test-support.ts';
import { hashSecret, newSecret } from '../../auth/secrets.ts';
import { CLIENT_HEADERS, TEST_NOW } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

describe('the first administrator, password changes and one-time links', () => {
  let database: TestDatabase;
  let app: App;

  beforeEach(async () => {
    database = await createTestDatabase('sqlite');
    ({ app } = await buildClockedApp(database));
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  const setup = (remoteAddress = '127.0.0.1', headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      remoteAddress,
      headers,
      payload: { email: 'ann@example.com', name: 'Ann', password: PASSWORD },
    });
  const config = (remoteAddress = '127.0.0.1') =>
    app.inject({ method: 'GET', url: '/api/auth/config', remoteAddress });
  const me = (headers: Record<string, string>) =>
    app.inject({ method: 'GET', url: '/api/auth/me', headers });

  it('creates the first administrator from loopback once, signs them in, and turns on accounts', async () => {
    expect((await config()).json()).toMatchObject({ mode: 'local', setup: true });
    const res = await setup();
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ me: { email: 'ann@example.com', instanceAdmin: true } });
    const cookie = `bearing_session=${sessionCookieOf(res)}`;
    expect((await me({ cookie })).json()).toMatchObject({ me: { name: 'Ann' } });
    expect((await config()).json()).toMatchObject({ mode: 'accounts', setup: false });

    const second = await setup('127.0.0.1', { cookie, ...CLIENT_HEADERS });
    expect(second.statusCode).toBe(403);
    expect(await countAccounts(database.db)).toBe(1);
    // Accounts mode: an anonymous request is no longer the local owner.
    expect((await me({})).statusCode).toBe(401);
  });

  it('refuses setup from another machine and through a proxy', async () => {
    expect((await config('10.0.0.9')).json()).toMatchObject({ mode: 'local', setup: false });
    const remote = await setup('10.0.0.9');
    expect(remote.statusCode).toBe(403);
    expect(remote.json<{ error: { message: string } }>().error.message).toContain(
      'bearing users add',
    );
    expect((await setup('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' })).statusCode).toBe(403);
    expect(await countAccounts(database.db)).toBe(0);
  });

  it('refuses a first password that is too short, naming the field', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      payload: { email: 'ann@example.com', name: 'Ann', password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION', path: 'body.password' } });
  });

  it('changes the password: other sessions end, this browser gets a new session', async () => {
    await addAccount(database.db, 'bob@example.com');
    const laptop = await signedIn(app, 'bob@example.com');
    const phone = await signedIn(app, 'bob@example.com');
    const change = (current: string, password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: laptop,
        payload: { current, password },
      });
    const wrong = await change('not it', 'a brand new password');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { path: 'body.current' } });

    const res = await change(PASSWORD, 'a brand new password');
    expect(res.statusCode).toBe(204);
    const renewed = sessionCookieOf(res);
    expect(renewed).toBeDefined();
    expect((await me(phone)).statusCode).toBe(401);
    expect((await me(laptop)).statusCode).toBe(401);
    expect((await me({ cookie: `bearing_session=${renewed}` })).statusCode).toBe(200);
    expect((await login(app, 'bob@example.com')).statusCode).toBe(401);
    expect((await login(app, 'bob@example.com', 'a brand new password')).statusCode).toBe(200);
  });

  it('signs in once with a one-time link, setting the password', async () => {
    const carl = await addAccount(database.db, 'carl@example.com', { password: null });
    const secret = newSecret();
    await createSignInLink(database.db, {
      tokenHash: hashSecret(secret),
      accountId: carl.id,
      expiresAt: new Date(TEST_NOW.getTime() + 86_400_000).toISOString(),
    });
    const use = (password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/link', payload: { secret, password } });
    // A password that breaks the rules does not use the link up.
    expect((await use('short')).statusCode).toBe(400);
    const res = await use('carl’s own password');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ me: { email: 'carl@example.com' } });
    expect(sessionCookieOf(res)).toBeDefined();
    const again = await use('carl’s own password');
    expect(again.statusCode).toBe(401);
    expect((await login(app, 'carl@example.com', 'carl’s own password')).statusCode).toBe(200);
  });
});

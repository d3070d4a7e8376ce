import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { updateAccount } from '@bearing/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PASSWORD,
  addAccount,
  buildClockedApp,
  login,
  sessionCookieOf,
  signedIn,
} from '../../auth/auth.test-support.ts';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../auth/sessions.ts';
import { TEST_NOW } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

describe('signing in with email and password', () => {
  let database: TestDatabase;
  let app: App;
  let clock: { now: Date };

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    ({ app, clock } = await buildClockedApp(database));
    await addAccount(database.db, 'ann@example.com', { instanceAdmin: true });
    await addAccount(database.db, 'bob@example.com');
    const carl = await addAccount(database.db, 'carl@example.com');
    await updateAccount(database.db, carl.id, { disabled: true });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const me = (headers: Record<string, string>) =>
    app.inject({ method: 'GET', url: '/api/auth/me', headers });

  it('sets an HttpOnly, SameSite=Lax session cookie and answers who signed in', async () => {
    clock.now = new Date(TEST_NOW);
    const res = await login(app, 'ANN@example.com');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ me: Record<string, unknown> }>();
    expect(body.me).toMatchObject({
      kind: 'account',
      email: 'ann@example.com',
      instanceAdmin: true,
      tokenScope: null,
    });
    const cookie = res.cookies.find((c) => c.name === 'bearing_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeUndefined();
    expect(cookie.maxAge).toBe(SESSION_ABSOLUTE_MS / 1000);
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const proxied = await buildClockedApp(database, { BEARING_TRUST_PROXY: 'true' });
    try {
      const res = await proxied.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: 'ann@example.com', password: PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'bearing_session')?.secure).toBe(true);
    } finally {
      await proxied.app.close();
    }
  });

  it('refuses a wrong password, an unknown email and a disabled account with one message', async () => {
    const answers = await Promise.all([
      login(app, 'bob@example.com', 'not the password', '10.0.0.1'),
      login(app, 'nobody@example.com', PASSWORD, '10.0.0.1'),
      login(app, 'carl@example.com', PASSWORD, '10.0.0.1'),
    ]);
    const messages = answers.map((res) => {
      expect(res.statusCode).toBe(401);
      expect(sessionCookieOf(res)).toBeUndefined();
      return res.json<{ error: { code: string; message: string } }>().error;
    });
    expect(new Set(messages.map((e) => e.code))).toEqual(new Set(['UNAUTHENTICATED']));
    expect(new Set(messages.map((e) => e.message)).size).toBe(1);
  });

  it('gives a fresh session id at every sign-in and ends the one the browser came with', async () => {
    clock.now = new Date(TEST_NOW);
    const first = await signedIn(app, 'bob@example.com');
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: first,
      payload: { email: 'bob@example.com', password: PASSWORD },
    });
    const second = sessionCookieOf(again);
    expect(second).toBeDefined();
    expect(`bearing_session=${second}`).not.toBe(first.cookie);
    expect((await me(first)).statusCode).toBe(401);
    expect((await me({ cookie: `bearing_session=${second}` })).statusCode).toBe(200);
  });

  it('ends a session after the idle time and after the absolute time, however used', async () => {
    clock.now = new Date(TEST_NOW);
    const headers = await signedIn(app, 'bob@example.com');
    clock.now = new Date(TEST_NOW.getTime() + SESSION_IDLE_MS - 60_000);
    expect((await me(headers)).statusCode).toBe(200);
    // Used just now, so it lives another idle period…
    clock.now = new Date(clock.now.getTime() + SESSION_IDLE_MS - 60_000);
    expect((await me(headers)).statusCode).toBe(200);
    // …but not once it is left alone for longer than that.
    clock.now = new Date(clock.now.getTime() + SESSION_IDLE_MS + 1);
    const idle = await me(headers);
    expect(idle.statusCode).toBe(401);
    expect(idle.json<{ error: { code: string } }>().error.code).toBe('UNAUTHENTICATED');

    clock.now = new Date(TEST_NOW);
    const busy = await signedIn(app, 'bob@example.com');
    for (let t = 0; t < SESSION_ABSOLUTE_MS; t += SESSION_IDLE_MS / 2) {
      clock.now = new Date(TEST_NOW.getTime() + t);
      expect((await me(busy)).statusCode).toBe(200);
    }
    clock.now = new Date(TEST_NOW.getTime() + SESSION_ABSOLUTE_MS);
    expect((await me(busy)).statusCode).toBe(401);
    clock.now = new Date(TEST_NOW);
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const headers = await signedIn(app, 'bob@example.com');
    const res = await app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'bearing_session')?.value).toBe('');
    expect((await me(headers)).statusCode).toBe(401);
  });

  it('ends the sessions of an account that is disabled', async () => {
    const dora = await addAccount(database.db, 'dora@example.com');
    const headers = await signedIn(app, 'dora@example.com');
    await updateAccount(database.db, dora.id, { disabled: true });
    expect((await me(headers)).statusCode).toBe(401);
  });

  it('still answers the public routes to a browser whose session has ended', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/auth/config',
      headers: { cookie: 'bearing_session=ended-long-ago' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mode: 'accounts', setup: false, oidc: null });
  });
});

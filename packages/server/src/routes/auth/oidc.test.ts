import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, buildClockedApp, sessionCookieOf } from '../../auth/auth.test-support.ts';
import { type TestOidcProvider, startTestOidcProvider } from '@bearing/testing/oidc-provider';
import type { App } from '../../types.ts';

const PUBLIC_URL = 'http://127.0.0.1:4600';
const REDIRECT = `${PUBLIC_URL}/api/auth/oidc/callback`;

/**
 * Follows the provider's redirects as a browser would (its cookies carried) until it sends the
 * browser back to Bearing; answers that callback URL.
 */
async function throughProvider(start: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = start;
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(REDIRECT)) return new URL(url);
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const location = res.headers.get('location');
    if (location === null) throw new Error(`the provider stopped at ${url}: ${res.status}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects');
}

describe('single sign-on with OpenID Connect against a local identity provider', () => {
  let database: TestDatabase;
  let idp: TestOidcProvider;
  let app: App;

  beforeAll(async () => {
    idp = await startTestOidcProvider({
      clientId: 'bearing',
      clientSecret: 'test-secret',
      redirectUri: REDIRECT,
      accounts: [
        { email: 'ann@example.com', emailVerified: true },
        { email: 'stranger@example.com', emailVerified: true },
        { email: 'unverified@example.com', emailVerified: false },
      ],
    });
    database = await createTestDatabase('sqlite');
    await addAccount(database.db, 'ann@example.com', { password: null });
    await addAccount(database.db, 'unverified@example.com');
    ({ app } = await buildClockedApp(database, {
      BEARING_OIDC_ISSUER: idp.issuer,
      BEARING_OIDC_CLIENT_ID: 'bearing',
      BEARING_OIDC_CLIENT_SECRET: 'test-secret',
      BEARING_OIDC_LABEL: 'Test IdP',
      BEARING_PUBLIC_URL: PUBLIC_URL,
    }));
  }, 30_000);
  afterAll(async () => {
    await app.close();
    await database.close();
    await idp.close();
  });

  /** Start → provider → callback, as `email`; answers the callback's response. */
  async function signInThroughProvider(email: string) {
    idp.setNextAccount(email);
    const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    expect(start.statusCode).toBe(302);
    const state = start.cookies.find((c) => c.name === 'bearing_oidc');
    expect(state).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const back = await throughProvider(start.headers.location as string);
    return app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: { cookie: `bearing_oidc=${state!.value}` },
    });
  }

  it('offers the provider on the sign-in page', async () => {
    const config = await app.inject('/api/auth/config');
    expect(config.json()).toMatchObject({ oidc: { label: 'Test IdP' } });
  });

  it('signs in the account whose email the provider verified, and sends the browser home', async () => {
    const res = await signInThroughProvider('ann@example.com');
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/');
    const session = sessionCookieOf(res);
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `bearing_session=${session}` },
    });
    expect(me.json()).toMatchObject({ me: { email: 'ann@example.com', kind: 'account' } });
  });

  it('refuses an email with no account, telling the person to ask an administrator', async () => {
    const res = await signInThroughProvider('stranger@example.com');
    expect(res.statusCode).toBe(401);
    expect(res.json<{ error: { message: string } }>().error.message).toContain(
      'ask an administrator',
    );
    expect(sessionCookieOf(res)).toBeUndefined();
  });

  it('refuses an email the provider has not verified', async () => {
    const res = await signInThroughProvider('unverified@example.com');
    expect(res.statusCode).toBe(401);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('not verified');
  });

  it('refuses a callback without the state cookie this browser got at the start', async () => {
    idp.setNextAccount('ann@example.com');
    const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    const back = await throughProvider(start.headers.location as string);
    const res = await app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
    expect(res.statusCode).toBe(401);
  });
});

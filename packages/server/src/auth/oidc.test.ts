import { startTestOidcProvider, type TestOidcProvider } from '@bearing/testing/oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  beginOidcLogin,
  finishOidcLogin,
  OidcError,
  oidcConfigFromEnv,
  type OidcConfig,
} from './oidc.ts';

const REDIRECT_URI = 'http://127.0.0.1:4999/api/auth/oidc/callback';
let idp: TestOidcProvider;
let config: OidcConfig;

beforeAll(async () => {
  idp = await startTestOidcProvider({
    clientId: 'bearing',
    clientSecret: 'a-test-client-secret',
    redirectUri: REDIRECT_URI,
    accounts: [
      { email: 'ada@example.com', emailVerified: true, name: 'Ada Lovelace' },
      { email: 'mallory@example.com', emailVerified: false },
    ],
  });
  config = {
    issuer: idp.issuer,
    clientId: 'bearing',
    clientSecret: 'a-test-client-secret',
    redirectUri: REDIRECT_URI,
    label: 'Test IdP',
  };
});
afterAll(() => idp.close());

/** Follows the IdP's redirects like a browser (cookies kept) until it sends us to the redirect URI. */
async function followToCallback(start: URL): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = start;
  for (let hop = 0; hop < 10; hop += 1) {
    if (url.href.startsWith(REDIRECT_URI)) return url;
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (location === null)
      throw new Error(
        `the IdP answered ${response.status} without a redirect: ${await response.text()}`,
      );
    url = new URL(location, url);
  }
  throw new Error('too many redirects');
}

describe('OpenID Connect sign-in against a local identity provider', () => {
  it('signs in a verified account and returns its email, name and subject', async () => {
    idp.setNextAccount('ada@example.com');
    const { url, state } = await beginOidcLogin(config);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    const identity = await finishOidcLogin(config, await followToCallback(url), state);
    expect({ ...identity, subject: undefined }).toEqual({
      subject: undefined,
      email: 'ada@example.com',
      emailVerified: true,
      name: 'Ada Lovelace',
    });
    expect(identity.subject).not.toBe('');
  });

  it('refuses an answer whose state was tampered with', async () => {
    idp.setNextAccount('ada@example.com');
    const { url, state } = await beginOidcLogin(config);
    const callback = await followToCallback(url);
    const error = await finishOidcLogin(config, callback, { ...state, state: 'tampered' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OidcError);
    expect((error as OidcError).code).toBe('OIDC_BAD_STATE');
  });

  it('refuses an email the provider has not verified', async () => {
    idp.setNextAccount('mallory@example.com');
    const { url, state } = await beginOidcLogin(config);
    const error = await finishOidcLogin(config, await followToCallback(url), state).catch(
      (e: unknown) => e,
    );
    expect((error as OidcError).code).toBe('OIDC_EMAIL_UNVERIFIED');
  });

  it('reports an error the provider sends back', async () => {
    const { state } = await beginOidcLogin(config);
    const callback = new URL(`${REDIRECT_URI}?error=access_denied&state=${state.state}`);
    const error = await finishOidcLogin(config, callback, state).catch((e: unknown) => e);
    expect((error as OidcError).code).toBe('OIDC_PROVIDER_ERROR');
  });
});

describe('oidcConfigFromEnv', () => {
  const full = {
    BEARING_OIDC_ISSUER: 'https://sso.example.com',
    BEARING_OIDC_CLIENT_ID: 'bearing',
    BEARING_OIDC_CLIENT_SECRET: 's3cret',
    BEARING_PUBLIC_URL: 'https://bearing.example.com/',
  };
  it('is undefined without an issuer', () => {
    expect(oidcConfigFromEnv({})).toBeUndefined();
  });
  it('builds the redirect URI from the public URL and defaults the label', () => {
    expect(oidcConfigFromEnv(full)).toEqual({
      issuer: 'https://sso.example.com',
      clientId: 'bearing',
      clientSecret: 's3cret',
      redirectUri: 'https://bearing.example.com/api/auth/oidc/callback',
      label: 'single sign-on',
    });
    expect(oidcConfigFromEnv({ ...full, BEARING_OIDC_LABEL: 'Okta' })?.label).toBe('Okta');
  });
  it('names the missing variable', () => {
    expect(() => oidcConfigFromEnv({ ...full, BEARING_OIDC_CLIENT_SECRET: undefined })).toThrow(
      /BEARING_OIDC_CLIENT_SECRET/,
    );
    expect(() => oidcConfigFromEnv({ ...full, BEARING_PUBLIC_URL: '' })).toThrow(
      /BEARING_PUBLIC_URL/,
    );
  });
});

import * as client from 'openid-client';
import { isLoopbackHost } from '../exposure.ts';

/**
 * OpenID Connect single sign-on (authorization code flow with PKCE, state and nonce), configured
 * by environment. This module talks to the identity provider; routes/auth/oidc.routes.ts keeps
 * the state in a cookie and maps the verified email to an account.
 *
 * The interface follows /work/tasks/access-oidc.md (the access-oidc branch owns the full
 * version with its local test provider); this is the same contract, written so the routes build.
 */
export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** `${BEARING_PUBLIC_URL}/api/auth/oidc/callback`, registered with the provider. */
  readonly redirectUri: string;
  /** The button's text: "Sign in with <label>". */
  readonly label: string;
}

/** Kept by the browser (HttpOnly cookie) between the start and the callback. */
export interface OidcState {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export interface OidcIdentity {
  readonly email: string;
  readonly emailVerified: boolean;
  readonly name?: string;
  readonly subject: string;
}

/** Why a sign-in through the provider failed, in words for the person signing in. */
export class OidcError extends Error {
  constructor(
    readonly reason: 'config' | 'state' | 'unverified-email' | 'provider',
    message: string,
  ) {
    super(message);
    this.name = 'OidcError';
  }
}

const VARIABLES = ['BEARING_OIDC_ISSUER', 'BEARING_OIDC_CLIENT_ID', 'BEARING_OIDC_CLIENT_SECRET'];

/** Undefined when BEARING_OIDC_ISSUER is unset; an error naming what is missing otherwise. */
export function oidcConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): OidcConfig | undefined {
  const value = (name: string) => env[name]?.trim() || undefined;
  if (value('BEARING_OIDC_ISSUER') === undefined) return undefined;
  const missing = [...VARIABLES, 'BEARING_PUBLIC_URL'].filter((name) => value(name) === undefined);
  if (missing.length > 0) {
    throw new OidcError(
      'config',
      `single sign-on needs ${missing.join(', ')} as well as BEARING_OIDC_ISSUER`,
    );
  }
  const publicUrl = value('BEARING_PUBLIC_URL')!.replace(/\/+$/, '');
  return {
    issuer: value('BEARING_OIDC_ISSUER')!,
    clientId: value('BEARING_OIDC_CLIENT_ID')!,
    clientSecret: value('BEARING_OIDC_CLIENT_SECRET')!,
    redirectUri: `${publicUrl}/api/auth/oidc/callback`,
    label: value('BEARING_OIDC_LABEL') ?? 'single sign-on',
  };
}

const discovered = new Map<string, Promise<client.Configuration>>();

/** The provider's metadata, discovered once per issuer and client (a failure is retried). */
function providerOf(config: OidcConfig): Promise<client.Configuration> {
  const key = `${config.issuer}\n${config.clientId}`;
  let found = discovered.get(key);
  if (!found) {
    const issuer = new URL(config.issuer);
    // Plain http only to a provider on this machine (a test or development provider); a real
    // provider must use https, which openid-client insists on otherwise.
    const insecure = issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname);
    found = client.discovery(
      issuer,
      config.clientId,
      config.clientSecret,
      undefined,
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- deprecated only to stand out: loopback providers only, see above
      insecure ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    found.catch(() => discovered.delete(key));
    discovered.set(key, found);
  }
  return found;
}

export async function beginOidcLogin(config: OidcConfig): Promise<{ url: URL; state: OidcState }> {
  const provider = await providerOf(config).catch((error: unknown) => {
    throw new OidcError('provider', `the identity provider cannot be reached: ${String(error)}`);
  });
  const state: OidcState = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
  };
  const url = client.buildAuthorizationUrl(provider, {
    redirect_uri: config.redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(state.codeVerifier),
    code_challenge_method: 'S256',
    state: state.state,
    nonce: state.nonce,
  });
  return { url, state };
}

export async function finishOidcLogin(
  config: OidcConfig,
  callbackUrl: URL,
  state: OidcState,
): Promise<OidcIdentity> {
  const provider = await providerOf(config);
  if (callbackUrl.searchParams.get('state') !== state.state) {
    throw new OidcError('state', 'the sign-in came back with a state this browser did not start');
  }
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(provider, callbackUrl, {
      pkceCodeVerifier: state.codeVerifier,
      expectedState: state.state,
      expectedNonce: state.nonce,
      idTokenExpected: true,
    });
    const idClaims: Record<string, unknown> = { ...tokens.claims() };
    claims = idClaims;
    if (typeof claims['email'] !== 'string') {
      const info = await client.fetchUserInfo(
        provider,
        tokens.access_token,
        String(idClaims['sub']),
      );
      claims = { ...info, ...claims };
    }
  } catch (error) {
    throw new OidcError(
      'provider',
      `the identity provider refused the sign-in: ${messageOf(error)}`,
    );
  }
  const email = claims['email'];
  if (typeof email !== 'string' || email === '') {
    throw new OidcError(
      'unverified-email',
      'the identity provider did not say which email you use',
    );
  }
  if (claims['email_verified'] !== true) {
    throw new OidcError('unverified-email', `the identity provider has not verified ${email}`);
  }
  const name = typeof claims['name'] === 'string' ? claims['name'] : undefined;
  return {
    email,
    emailVerified: true,
    subject: String(claims['sub']),
    ...(name === undefined ? {} : { name }),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

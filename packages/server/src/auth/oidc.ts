import * as client from 'openid-client';

/**
 * OpenID Connect single sign-on (authorization code flow with PKCE, state and nonce), configured
 * by environment. The routes (access-signin) keep the `OidcLoginState` in a short-lived HttpOnly
 * cookie between `beginOidcLogin` and `finishOidcLogin`; this module does no HTTP of its own
 * beyond talking to the identity provider.
 */

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** The button's text: "Sign in with …". */
  label: string;
}

export interface OidcLoginState {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcIdentity {
  email: string;
  emailVerified: boolean;
  name?: string;
  subject: string;
}

export type OidcErrorCode = 'OIDC_BAD_STATE' | 'OIDC_EMAIL_UNVERIFIED' | 'OIDC_PROVIDER_ERROR';

/** Every failure of a sign-in; the routes answer 401 with the message (never a stack). */
export class OidcError extends Error {
  constructor(
    readonly code: OidcErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OidcError';
  }
}

export const DEFAULT_OIDC_LABEL = 'single sign-on';
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

/** undefined when BEARING_OIDC_ISSUER is unset; throws naming the variable when one is missing. */
export function oidcConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): OidcConfig | undefined {
  const issuer = env['BEARING_OIDC_ISSUER']?.trim();
  if (issuer === undefined || issuer === '') return undefined;
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (value === undefined || value === '') {
      throw new Error(
        `${name} is not set: single sign-on needs it when BEARING_OIDC_ISSUER is set`,
      );
    }
    return value;
  };
  const clientId = required('BEARING_OIDC_CLIENT_ID');
  const clientSecret = required('BEARING_OIDC_CLIENT_SECRET');
  const publicUrl = required('BEARING_PUBLIC_URL').replace(/\/+$/, '');
  for (const [name, value] of [
    ['BEARING_OIDC_ISSUER', issuer],
    ['BEARING_PUBLIC_URL', publicUrl],
  ] as const) {
    if (!URL.canParse(value))
      throw new Error(
        `${name} is not a URL: expected e.g. https://sso.example.com, got "${value}"`,
      );
  }
  const label = env['BEARING_OIDC_LABEL']?.trim();
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri: `${publicUrl}${OIDC_CALLBACK_PATH}`,
    label: label === undefined || label === '' ? DEFAULT_OIDC_LABEL : label,
  };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

// One discovery per issuer and client: the provider's metadata rarely changes, and a sign-in
// should not cost an extra round trip. A failed discovery is not cached, so it is retried.
const discoveries = new Map<string, Promise<client.Configuration>>();

function configurationOf(config: OidcConfig): Promise<client.Configuration> {
  const key = JSON.stringify([config.issuer, config.clientId, config.clientSecret]);
  let found = discoveries.get(key);
  if (found === undefined) {
    const issuer = new URL(config.issuer);
    // openid-client refuses plain http; we allow it only for an issuer on this machine (a test or
    // development provider), never for one reached over a network, where http would expose the
    // client secret and the tokens.
    const insecure = issuer.protocol === 'http:' && LOOPBACK_HOSTS.has(issuer.hostname);
    found = client
      .discovery(
        issuer,
        config.clientId,
        config.clientSecret,
        undefined,
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- flagged to stand out; used for loopback only
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discoveries.delete(key);
        throw new OidcError(
          'OIDC_PROVIDER_ERROR',
          `could not reach the identity provider at ${config.issuer}: ${messageOf(error)}`,
          { cause: error },
        );
      });
    discoveries.set(key, found);
  }
  return found;
}

export async function beginOidcLogin(
  config: OidcConfig,
): Promise<{ url: URL; state: OidcLoginState }> {
  const configuration = await configurationOf(config);
  const state: OidcLoginState = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: config.redirectUri,
    scope: 'openid email profile',
    state: state.state,
    nonce: state.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(state.codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url, state };
}

export async function finishOidcLogin(
  config: OidcConfig,
  callbackUrl: URL,
  state: OidcLoginState,
): Promise<OidcIdentity> {
  const configuration = await configurationOf(config);
  const returnedState = callbackUrl.searchParams.get('state');
  if (returnedState === null || returnedState !== state.state) {
    throw new OidcError(
      'OIDC_BAD_STATE',
      'the sign-in answer does not belong to this browser (state mismatch): start the sign-in again',
    );
  }
  const providerError = callbackUrl.searchParams.get('error');
  if (providerError !== null) {
    const description = callbackUrl.searchParams.get('error_description');
    throw new OidcError(
      'OIDC_PROVIDER_ERROR',
      `the identity provider refused the sign-in: ${providerError}${description ? ` (${description})` : ''}`,
    );
  }
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: state.codeVerifier,
      expectedState: state.state,
      expectedNonce: state.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (idClaims === undefined) throw new Error('no ID token');
    claims = { ...idClaims };
    // Providers that keep email out of the ID token give it at the userinfo endpoint.
    if (typeof claims['email'] !== 'string') {
      claims = {
        ...claims,
        ...(await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)),
      };
    }
  } catch (error) {
    throw new OidcError(
      'OIDC_PROVIDER_ERROR',
      `the sign-in with the identity provider failed: ${messageOf(error)}`,
      { cause: error },
    );
  }
  const email = claims['email'];
  if (typeof email !== 'string' || email === '') {
    throw new OidcError(
      'OIDC_PROVIDER_ERROR',
      'the identity provider gave no email address (is the "email" scope allowed for this client?)',
    );
  }
  // Only a verified email may map to an account: an unverified one could be anybody's.
  if (claims['email_verified'] !== true) {
    throw new OidcError(
      'OIDC_EMAIL_UNVERIFIED',
      `the identity provider has not verified the email address ${email}`,
    );
  }
  const name = claims['name'];
  return {
    email,
    emailVerified: true,
    ...(typeof name === 'string' && name !== '' ? { name } : {}),
    subject: String(claims['sub']),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

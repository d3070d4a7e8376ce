import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenID Connect identity provider for tests (oidc-provider on 127.0.0.1, a random
 * port, no network). Its sign-in page is replaced by one that signs in the account named by
 * `signInAs()` at once and grants what the client asks, so a test follows redirects only.
 */
export interface TestIdentityProvider {
  readonly issuer: string;
  /** The account the next authorization signs in as. */
  signInAs(email: string): void;
  close(): Promise<void>;
}

export interface TestIdentityProviderOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly accounts: readonly { readonly email: string; readonly emailVerified: boolean }[];
}

// oidc-provider ships no types; the few members used here.
interface Interaction {
  readonly prompt: { readonly name: string };
  readonly params: Record<string, unknown>;
  readonly session?: { readonly accountId: string };
}
interface GrantInstance {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface ProviderInstance {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    options: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => GrantInstance;
}
type ProviderClass = new (
  issuer: string,
  configuration: Record<string, unknown>,
) => ProviderInstance;

export async function startTestIdentityProvider(
  options: TestIdentityProviderOptions,
): Promise<TestIdentityProvider> {
  // A computed specifier: the package has no type declarations for the compiler to find.
  const specifier = 'oidc-provider';
  const { default: Provider } = (await import(specifier)) as { default: ProviderClass };
  // Made once the port (and so the issuer URL) is known; requests before that get 503.
  const ready: { provider?: ProviderInstance } = {};
  let next = options.accounts[0]?.email ?? '';

  const server = createServer((req, res) => {
    const provider = ready.provider;
    if (!provider) {
      res.writeHead(503).end();
      return;
    }
    if (req.url?.startsWith('/interaction/')) {
      void interact(provider, req, res, next).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
      return;
    }
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const byEmail = new Map(options.accounts.map((a) => [a.email, a]));
  ready.provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx: unknown, id: string) => {
      const account = byEmail.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.email.split('@')[0],
        }),
      };
    },
    features: { devInteractions: { enabled: false } },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    cookies: { keys: ['bearing-test-idp'] },
    // Explicit lifetimes (seconds): the defaults print a notice each.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  });
  return {
    issuer,
    signInAs: (email) => {
      next = email;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** Signs in `email` at the login prompt and grants every asked scope at the consent prompt. */
async function interact(
  provider: ProviderInstance,
  req: IncomingMessage,
  res: ServerResponse,
  email: string,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: email } },
      {
        mergeWithLastSubmission: false,
      },
    );
    return;
  }
  const grant = new provider.Grant({
    accountId: details.session!.accountId,
    clientId: String(details.params['client_id']),
  });
  grant.addOIDCScope(String(details.params['scope']));
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { consent: { grantId } },
    {
      mergeWithLastSubmission: true,
    },
  );
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A local OpenID Connect identity provider for tests: 127.0.0.1, a random port, one confidential
 * client and the caller's accounts. Sign-in is non-interactive: the interaction page signs in the
 * account named by `login_hint`, else the one set with `setNextAccount`, else the first account,
 * and consent is granted automatically. No network beyond loopback.
 */

export interface TestOidcAccount {
  email: string;
  emailVerified: boolean;
  name?: string;
}

export interface TestOidcProviderOptions {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts: readonly TestOidcAccount[];
}

export interface TestOidcProvider {
  issuer: string;
  /** The account the next sign-in picks when the request carries no `login_hint`. */
  setNextAccount(email: string): void;
  close(): Promise<void>;
}

export async function startTestOidcProvider(
  options: TestOidcProviderOptions,
): Promise<TestOidcProvider> {
  const accounts = new Map(options.accounts.map((a, i) => [`account-${i + 1}`, a]));
  const idOfEmail = (email: string): string | undefined =>
    [...accounts].find(([, a]) => a.email.toLowerCase() === email.toLowerCase())?.[0];
  let nextAccount: string | undefined = accounts.keys().next().value;

  // The issuer needs the port, so the server listens first and gets its handler afterwards.
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server = createServer((req, res) => {
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
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
    // Put the claims in the ID token too, so a client need not call userinfo.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['bearing-test-oidc-provider'] },
    // Explicit lifetimes (seconds) keep the provider from logging a notice for each default.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (account === undefined) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account.email,
          email_verified: account.emailVerified,
          ...(account.name === undefined ? {} : { name: account.name }),
        }),
      };
    },
    // Consent is implied: every sign-in gets a grant for the scopes it asked for.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (accountId === undefined || clientId === undefined) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      const scope = ctx.oidc.params?.['scope'];
      grant.addOIDCScope(typeof scope === 'string' ? scope : 'openid');
      await grant.save();
      return grant;
    },
  });
  provider.on('server_error', (_ctx, error) => {
    console.error('test OIDC provider:', error);
  });
  const callback = provider.callback();

  handle = (req, res) => {
    if (req.url?.startsWith('/interaction/') === true) {
      void signInAutomatically(req, res);
      return;
    }
    callback(req, res);
  };

  async function signInAutomatically(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const details = await provider.interactionDetails(req, res);
      const hint = details.params['login_hint'];
      const accountId = typeof hint === 'string' ? idOfEmail(hint) : nextAccount;
      if (accountId === undefined) {
        res.statusCode = 400;
        res.end(`no test account ${String(hint)}`);
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  }

  return {
    issuer,
    setNextAccount(email) {
      const id = idOfEmail(email);
      if (id === undefined) throw new Error(`setNextAccount: no test account with email ${email}`);
      nextAccount = id;
    },
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((e) => {
          if (e) reject(e);
          else resolve();
        }),
      ),
  };
}

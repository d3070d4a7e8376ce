// oidc-provider ships no types and @types/oidc-provider is not a dependency: this declares the
// small part of its API that the local test provider (oidc-provider.ts) uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface Grant {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }
  interface Context {
    oidc: {
      provider: Provider;
      session?: { accountId?: string };
      client?: { clientId: string };
      params?: Record<string, unknown>;
    };
  }
  interface Account {
    accountId: string;
    claims(): Record<string, unknown>;
  }
  interface Configuration {
    clients: readonly Record<string, unknown>[];
    claims?: Record<string, readonly string[]>;
    conformIdTokenClaims?: boolean;
    features?: Record<string, { enabled: boolean }>;
    interactions?: { url(ctx: Context, interaction: { uid: string }): string };
    cookies?: { keys: readonly string[] };
    ttl?: Record<string, number>;
    findAccount(ctx: Context, sub: string): Account | undefined | Promise<Account | undefined>;
    loadExistingGrant?(ctx: Context): Promise<Grant | undefined>;
  }
  class Provider {
    constructor(issuer: string, configuration: Configuration);
    Grant: new (init: { clientId: string; accountId: string }) => Grant;
    on(event: 'server_error', listener: (ctx: Context, error: Error) => void): this;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(
      req: IncomingMessage,
      res: ServerResponse,
    ): Promise<{ uid: string; params: Record<string, unknown> }>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: { login: { accountId: string } },
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }
  export default Provider;
}

import { type Database, type Executor, createAccount, createApiToken } from '@bearing/db';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { parseConfig } from '../config.ts';
import { CLIENT_HEADERS, TEST_NOW } from '../test-helpers.ts';
import type { App } from '../types.ts';
import { SESSION_COOKIE } from './cookies.ts';
import { hashPassword, hashSecret, newApiToken } from './secrets.ts';

/** A password every test account has (long enough for the minimum). */
export const PASSWORD = 'correct horse battery';

/** An app whose clock the test moves: `clock.now = …`. */
export interface ClockedApp {
  readonly app: App;
  readonly clock: { now: Date };
}

export async function buildClockedApp(
  db: Database,
  env: Record<string, string> = {},
): Promise<ClockedApp> {
  const clock = { now: new Date(TEST_NOW) };
  const config = parseConfig({}, { BEARING_LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ db, config, now: () => clock.now });
  return { app, clock };
}

export async function addAccount(
  db: Executor,
  email: string,
  options: { instanceAdmin?: boolean; password?: string | null } = {},
) {
  const password = options.password === undefined ? PASSWORD : options.password;
  return createAccount(
    db,
    {
      email,
      name: email.split('@')[0]!,
      passwordHash: password === null ? null : await hashPassword(password),
      instanceAdmin: options.instanceAdmin ?? false,
    },
    TEST_NOW,
  );
}

/** A token for the account, as its owner was shown it. */
export async function addToken(
  db: Executor,
  accountId: string,
  scope: 'read' | 'values' | 'write' = 'write',
  expiresAt: string | null = null,
): Promise<{ token: string; id: string }> {
  const token = newApiToken();
  const record = await createApiToken(
    db,
    { accountId, name: 'test', scope, tokenHash: hashSecret(token), expiresAt },
    TEST_NOW,
  );
  return { token, id: record.id };
}

/** The session cookie a response set, or undefined. */
export function sessionCookieOf(res: LightMyRequestResponse): string | undefined {
  const found = res.cookies.find((c) => c.name === SESSION_COOKIE);
  return found && found.value !== '' ? found.value : undefined;
}

export function login(
  app: App,
  email: string,
  password = PASSWORD,
  remoteAddress = '127.0.0.1',
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress,
  });
}

/** Signs in and answers the headers a browser then sends (cookie and the web app's header). */
export async function signedIn(app: App, email: string): Promise<Record<string, string>> {
  const res = await login(app, email);
  const id = sessionCookieOf(res);
  if (res.statusCode !== 200 || id === undefined) throw new Error(`login failed: ${res.body}`);
  return { cookie: `${SESSION_COOKIE}=${id}`, ...CLIENT_HEADERS };
}

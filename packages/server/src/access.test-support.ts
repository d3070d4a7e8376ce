import { randomBytes } from 'node:crypto';
import type { Role, TokenScope } from '@bearing/core';
import {
  type AccountRecord,
  type Executor,
  createAccount,
  createApiToken,
  putMembership,
  revokeApiToken,
} from '@bearing/db';
import { hashSecret, newApiToken } from './auth/secrets.ts';
import { TEST_NOW } from './test-helpers.ts';

export interface TestPersonSpec {
  /** Made unique per call so tests sharing a database never collide. */
  readonly name: string;
  readonly instanceAdmin?: boolean;
  /** example.com unless given (an SMTP test's server refuses some domains). */
  readonly emailDomain?: string;
  readonly memberships?: readonly {
    readonly workspace: string;
    readonly role: Role;
    readonly scorecards?: readonly string[] | null;
  }[];
  readonly scope?: TokenScope;
  /** A token that stopped working: revoked, or expired before TEST_NOW. */
  readonly token?: 'good' | 'revoked' | 'expired';
}

export interface TestPerson {
  readonly account: AccountRecord;
  readonly token: string;
  /** Send these to act as the person: `Authorization: Bearer brg_…`. */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * An account with its memberships and an API token, written through the repositories: tests
 * act as real people without signing in (bearer requests need no CSRF header either).
 */
export async function createTestPerson(db: Executor, spec: TestPersonSpec): Promise<TestPerson> {
  const email = `${spec.name}-${randomBytes(3).toString('hex')}@${spec.emailDomain ?? 'example.com'}`;
  const account = await createAccount(
    db,
    { email, name: spec.name, instanceAdmin: spec.instanceAdmin === true },
    TEST_NOW,
  );
  for (const m of spec.memberships ?? []) {
    await putMembership(
      db,
      {
        workspace: m.workspace,
        accountId: account.id,
        role: m.role,
        scorecards: m.scorecards ?? null,
      },
      TEST_NOW,
    );
  }
  const token = newApiToken();
  const expired = new Date(TEST_NOW.getTime() - 60_000).toISOString();
  const record = await createApiToken(
    db,
    {
      accountId: account.id,
      name: 'test',
      scope: spec.scope ?? 'write',
      tokenHash: hashSecret(token),
      expiresAt: spec.token === 'expired' ? expired : null,
    },
    new Date(TEST_NOW.getTime() - 120_000),
  );
  if (spec.token === 'revoked') {
    await revokeApiToken(db, account.id, record.id, TEST_NOW);
  }
  return { account, token, headers: { authorization: `Bearer ${token}` } };
}

import { findApiTokenByHash } from '@bearing/db';
import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPerson } from '../access.test-support.ts';
import { hashSecret } from '../auth/secrets.ts';
import { LOCAL_PRINCIPAL, type Principal } from '../plugins/auth.ts';
import { TEST_NOW } from '../test-helpers.ts';
import { createToken, listTokens, revokeToken } from './token.service.ts';

describe('own API tokens', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await database.close();
  });

  async function principal(tokenScope: Principal['tokenScope'] = null): Promise<Principal> {
    const { account } = await createTestPerson(database.db, { name: 'ana' });
    return {
      kind: 'account',
      accountId: account.id,
      email: account.email,
      name: account.name,
      instanceAdmin: false,
      memberships: [],
      tokenScope,
      tokenId: tokenScope === null ? null : 'tok',
    };
  }

  it('returns the token once and stores only its hash', async () => {
    const ana = await principal();
    const { token, record } = await createToken(
      database.db,
      ana,
      { name: 'nightly import', scope: 'values', expiresAt: '2027-01-01T00:00:00+01:00' },
      TEST_NOW,
    );
    expect(token).toMatch(/^brg_[\w-]{43}$/);
    expect(record).toMatchObject({
      name: 'nightly import',
      scope: 'values',
      expiresAt: '2026-12-31T23:00:00.000Z',
      lastUsedAt: null,
    });
    expect((await findApiTokenByHash(database.db, hashSecret(token)))?.id).toBe(record.id);
    expect(JSON.stringify(await listTokens(database.db, ana))).not.toContain(token);
  });

  it('lists only the principal own tokens, and revokes only those', async () => {
    const ana = await principal();
    const bo = await principal();
    const { record } = await createToken(database.db, ana, { name: 'a', scope: 'read' }, TEST_NOW);
    expect((await listTokens(database.db, bo)).map((t) => t.id)).not.toContain(record.id);
    await expect(revokeToken(database.db, bo, record.id, TEST_NOW)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await revokeToken(database.db, ana, record.id, TEST_NOW);
    const [listed] = await listTokens(database.db, ana);
    expect(listed?.revokedAt).toBe(TEST_NOW.toISOString());
  });

  it('never mints a wider scope than the token asking', async () => {
    const viaReadToken = await principal('read');
    await expect(
      createToken(database.db, viaReadToken, { name: 'x', scope: 'write' }, TEST_NOW),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', path: 'body.scope' });
    await expect(
      createToken(database.db, viaReadToken, { name: 'x', scope: 'read' }, TEST_NOW),
    ).resolves.toMatchObject({ record: { scope: 'read' } });
  });

  it('refuses an expiry in the past', async () => {
    await expect(
      createToken(
        database.db,
        await principal(),
        { name: 'x', scope: 'read', expiresAt: '2020-01-01T00:00:00Z' },
        TEST_NOW,
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION', path: 'body.expiresAt' });
  });

  it('has no tokens for the local owner, and says why it cannot create one', async () => {
    expect(await listTokens(database.db, LOCAL_PRINCIPAL)).toEqual([]);
    await expect(
      createToken(database.db, LOCAL_PRINCIPAL, { name: 'x', scope: 'read' }, TEST_NOW),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('local mode') as string,
    });
  });
});

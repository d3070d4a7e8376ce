import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { findApiTokenByHash, putMembership, revokeApiToken, updateAccount } from '@bearing/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, addToken, buildClockedApp, signedIn } from '../auth/auth.test-support.ts';
import { hashSecret } from '../auth/secrets.ts';
import { TEST_NOW } from '../test-helpers.ts';
import type { App } from '../types.ts';

describe('who is asking', () => {
  describe('local mode', () => {
    let database: TestDatabase;
    let app: App;
    beforeAll(async () => {
      database = await createTestDatabase('sqlite');
      ({ app } = await buildClockedApp(database));
    });
    afterAll(async () => {
      await app.close();
      await database.close();
    });

    it('treats every request as the local owner while no account exists', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/auth/me' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        me: {
          kind: 'local',
          accountId: null,
          email: null,
          name: 'local',
          instanceAdmin: true,
          memberships: [],
          tokenScope: null,
        },
      });
    });

    it('is not local mode on a server bound beyond loopback', async () => {
      const exposed = await buildClockedApp(database, { BEARING_HOST: '0.0.0.0' });
      try {
        const res = await exposed.app.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: { host: '127.0.0.1:4600' },
        });
        expect(res.statusCode).toBe(401);
      } finally {
        await exposed.app.close();
      }
    });
  });

  describe('accounts mode', () => {
    let database: TestDatabase;
    let app: App;
    let clock: { now: Date };
    let bob: { id: string };

    beforeAll(async () => {
      database = await createTestDatabase('sqlite');
      ({ app, clock } = await buildClockedApp(database));
      bob = await addAccount(database.db, 'bob@example.com');
      await putMembership(
        database.db,
        { workspace: 'default', accountId: bob.id, role: 'editor', scorecards: ['acme'] },
        TEST_NOW,
      );
    });
    afterAll(async () => {
      await app.close();
      await database.close();
    });

    const me = (headers: Record<string, string>) =>
      app.inject({ method: 'GET', url: '/api/auth/me', headers });
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    it('resolves an API token to its account, memberships and scope, and notes its use', async () => {
      clock.now = new Date(TEST_NOW);
      const { token } = await addToken(database.db, bob.id, 'values');
      const res = await me(bearer(token));
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        me: {
          kind: 'account',
          email: 'bob@example.com',
          tokenScope: 'values',
          memberships: [{ workspace: 'default', role: 'editor', scorecards: ['acme'] }],
        },
      });
      const used = await findApiTokenByHash(database.db, hashSecret(token));
      expect(used?.lastUsedAt).toBe(TEST_NOW.toISOString());
      // Not written again within the minute.
      clock.now = new Date(TEST_NOW.getTime() + 30_000);
      await me(bearer(token));
      expect((await findApiTokenByHash(database.db, hashSecret(token)))?.lastUsedAt).toBe(
        TEST_NOW.toISOString(),
      );
      clock.now = new Date(TEST_NOW);
    });

    it('answers 401 for an unknown, malformed, revoked or expired token, even on public routes', async () => {
      const revoked = await addToken(database.db, bob.id);
      await revokeApiToken(database.db, bob.id, revoked.id, TEST_NOW);
      const expired = await addToken(database.db, bob.id, 'read', TEST_NOW.toISOString());
      for (const authorization of [
        'Bearer brg_not-a-token',
        'Bearer someone-elses-token',
        'Basic Ym9iOnNlY3JldA==',
        `Bearer ${revoked.token}`,
        `Bearer ${expired.token}`,
      ]) {
        const res = await app.inject({
          method: 'GET',
          url: '/api/auth/config',
          headers: { authorization },
        });
        expect(res.statusCode, authorization).toBe(401);
        expect(res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
      }
    });

    it('refuses the token of a disabled account', async () => {
      const dora = await addAccount(database.db, 'dora@example.com');
      const { token } = await addToken(database.db, dora.id);
      expect((await me(bearer(token))).statusCode).toBe(200);
      await updateAccount(database.db, dora.id, { disabled: true });
      expect((await me(bearer(token))).statusCode).toBe(401);
    });

    it('leaves a request without credentials anonymous: public routes answer, others 401', async () => {
      expect((await app.inject('/api/auth/config')).statusCode).toBe(200);
      expect((await app.inject('/api/health')).statusCode).toBe(200);
      expect((await me({})).statusCode).toBe(401);
    });
  });

  describe('cross-site writes by a signed-in browser', () => {
    let database: TestDatabase;
    let app: App;
    let browser: Record<string, string>;
    let token: string;

    beforeAll(async () => {
      database = await createTestDatabase('sqlite');
      ({ app } = await buildClockedApp(database));
      const ann = await addAccount(database.db, 'ann@example.com', { instanceAdmin: true });
      browser = await signedIn(app, 'ann@example.com');
      ({ token } = await addToken(database.db, ann.id));
    });
    afterAll(async () => {
      await app.close();
      await database.close();
    });

    let created = 0;
    const rename = (headers: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: '/api/workspaces',
        headers,
        payload: { key: `ws-${++created}`, name: 'New' },
      });

    it('refuses a cookie write from a foreign Origin', async () => {
      const res = await rename({ ...browser, origin: 'https://attacker.example' });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'CROSS_SITE_REQUEST' } });
    });

    it('refuses a cookie write without the X-Bearing-Request header', async () => {
      const res = await rename({ cookie: browser['cookie']! });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({
        error: { code: 'CROSS_SITE_REQUEST', path: 'headers.x-bearing-request' },
      });
    });

    it('lets a cookie write with the header through, and a token write without it', async () => {
      expect((await rename(browser)).statusCode).toBe(201);
      const res = await rename({ authorization: `Bearer ${token}` });
      expect(res.statusCode).toBe(201);
    });
  });
});

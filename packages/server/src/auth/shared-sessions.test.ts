import { createDatabase, type Database } from '@bearing/db';
import {
  type TestDatabase,
  createTestDatabase,
  postgresSkipReason,
} from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../types.ts';
import { addAccount, buildClockedApp, login, signedIn } from './auth.test-support.ts';
import { MAX_FAILURES_PER_ACCOUNT } from './rate-limit.ts';

const skip = postgresSkipReason();

/**
 * Two server apps on one PostgreSQL database, each with its own connection pool, as two
 * processes behind a load balancer: a session made through one works through the other, and
 * failed sign-ins through either count against one limit.
 */
(skip === null ? describe : describe.skip)(
  `sessions and sign-in limits shared by two servers on one PostgreSQL${skip === null ? '' : ` (skipped: ${skip})`}`,
  () => {
    let database: TestDatabase;
    let second: Database;
    let one: App;
    let two: App;

    beforeAll(async () => {
      database = await createTestDatabase('postgres');
      second = await createDatabase(database.url);
      ({ app: one } = await buildClockedApp(database));
      ({ app: two } = await buildClockedApp(second));
      await addAccount(database.db, 'ann@example.com');
      await addAccount(database.db, 'bob@example.com');
    }, 60_000);
    afterAll(async () => {
      await one.close();
      await two.close();
      await second.close();
      await database.close();
    });

    const me = (app: App, headers: Record<string, string>) =>
      app.inject({ method: 'GET', url: '/api/auth/me', headers });

    it('a session made through one server is good on the other, and signing out ends it on both', async () => {
      const headers = await signedIn(one, 'ann@example.com');
      expect((await me(two, headers)).json()).toMatchObject({ me: { email: 'ann@example.com' } });
      const out = await two.inject({ method: 'POST', url: '/api/auth/logout', headers });
      expect(out.statusCode).toBe(204);
      expect((await me(one, headers)).statusCode).toBe(401);
    });

    it('counts failed sign-ins through both servers against one limit', async () => {
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
        const app = i % 2 === 0 ? one : two;
        expect((await login(app, 'bob@example.com', 'wrong password')).statusCode).toBe(401);
      }
      expect((await login(one, 'bob@example.com')).statusCode).toBe(429);
      expect((await login(two, 'bob@example.com')).statusCode).toBe(429);
    });
  },
);

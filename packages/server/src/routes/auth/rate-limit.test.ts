import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, buildClockedApp, login } from '../../auth/auth.test-support.ts';
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_MS,
} from '../../auth/rate-limit.ts';
import { TEST_NOW } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

describe('failed sign-ins are limited per account and per address', () => {
  let database: TestDatabase;
  let app: App;
  let clock: { now: Date };

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    ({ app, clock } = await buildClockedApp(database));
    await addAccount(database.db, 'ann@example.com');
    await addAccount(database.db, 'bob@example.com');
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('answers 429 with Retry-After once an account had too many failures, from any address', async () => {
    clock.now = new Date(TEST_NOW);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const res = await login(app, 'ann@example.com', 'wrong password', `10.1.0.${i}`);
      expect(res.statusCode).toBe(401);
    }
    // Even the right password, from yet another address: the guesser must not learn it.
    const limited = await login(app, 'ann@example.com', undefined, '10.1.1.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json<{ error: { code: string } }>().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBe(SIGN_IN_WINDOW_MS / 1000);
    // Another account is not affected.
    expect((await login(app, 'bob@example.com', undefined, '10.1.1.1')).statusCode).toBe(200);

    clock.now = new Date(TEST_NOW.getTime() + 5 * 60_000);
    const later = await login(app, 'ann@example.com', undefined, '10.1.1.1');
    expect(Number(later.headers['retry-after'])).toBe(10 * 60);
    clock.now = new Date(TEST_NOW.getTime() + SIGN_IN_WINDOW_MS);
    expect((await login(app, 'ann@example.com', undefined, '10.1.1.1')).statusCode).toBe(200);
  });

  it('limits one address trying many accounts, and a success does not clear that', async () => {
    clock.now = new Date(TEST_NOW.getTime() + 2 * SIGN_IN_WINDOW_MS);
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS - 1; i++) {
      const res = await login(app, `guess${i}@example.com`, 'wrong password', '10.2.0.1');
      expect(res.statusCode).toBe(401);
    }
    expect((await login(app, 'bob@example.com', undefined, '10.2.0.1')).statusCode).toBe(200);
    expect((await login(app, 'bob@example.com', 'wrong', '10.2.0.1')).statusCode).toBe(401);
    const limited = await login(app, 'bob@example.com', undefined, '10.2.0.1');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login(app, 'bob@example.com', undefined, '10.2.0.2')).statusCode).toBe(200);
  });

  it('clears the account counter after a successful sign-in', async () => {
    clock.now = new Date(TEST_NOW.getTime() + 4 * SIGN_IN_WINDOW_MS);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) {
      await login(app, 'bob@example.com', 'wrong password', '10.3.0.1');
    }
    expect((await login(app, 'bob@example.com', undefined, '10.3.0.1')).statusCode).toBe(200);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) {
      expect((await login(app, 'bob@example.com', 'wrong', '10.3.0.1')).statusCode).toBe(401);
    }
    expect((await login(app, 'bob@example.com', undefined, '10.3.0.1')).statusCode).toBe(200);
  });
});

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@bearing/testing/databases';
import { NotFoundError } from '../errors.ts';
import { createAccount } from './account.repository.ts';
import {
  createApiToken,
  findApiTokenByHash,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
} from './api-token.repository.ts';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  findSession,
  touchSession,
} from './session.repository.ts';
import {
  clearFailures,
  createSignInLink,
  failuresOf,
  recordFailure,
  useSignInLink,
} from './sign-in.repository.ts';

const at = (iso: string) => new Date(`2026-12-04T${iso}:00.000Z`);
const HOUR = 3_600_000;
const unique = () => randomBytes(8).toString('hex');

forEachDialect(({ db }) => {
  const account = () =>
    createAccount(db().db, { email: `${unique()}@example.com`, name: 'Tester' }, at('08:00'));

  describe('sessions', () => {
    it('ends a session when it is idle too long, and moves the idle expiry with use', async () => {
      const { id } = await account();
      const idHash = unique();
      await createSession(db().db, {
        idHash,
        accountId: id,
        now: at('09:00'),
        idleMs: HOUR,
        absoluteMs: 3 * HOUR,
        ip: null,
        userAgent: null,
      });
      expect((await findSession(db().db, idHash, at('09:59')))?.accountId).toBe(id);
      await touchSession(db().db, idHash, at('09:59'), HOUR);
      expect(await findSession(db().db, idHash, at('10:58'))).toBeDefined();
      expect(await findSession(db().db, idHash, at('11:00'))).toBeUndefined();
    });

    it('never lives past its absolute expiry however much it is used', async () => {
      const { id } = await account();
      const idHash = unique();
      await createSession(db().db, {
        idHash,
        accountId: id,
        now: at('09:00'),
        idleMs: HOUR,
        absoluteMs: 90 * 60_000,
        ip: null,
        userAgent: null,
      });
      await touchSession(db().db, idHash, at('10:15'), HOUR);
      expect(await findSession(db().db, idHash, at('10:29'))).toBeDefined();
      expect(await findSession(db().db, idHash, at('10:31'))).toBeUndefined();
      expect(await deleteExpiredSessions(db().db, at('10:31'))).toBeGreaterThanOrEqual(1);
    });

    it('signs out one session', async () => {
      const { id } = await account();
      const idHash = unique();
      await createSession(db().db, {
        idHash,
        accountId: id,
        now: at('09:00'),
        idleMs: HOUR,
        absoluteMs: 3 * HOUR,
        ip: null,
        userAgent: null,
      });
      await deleteSession(db().db, idHash);
      expect(await findSession(db().db, idHash, at('09:01'))).toBeUndefined();
    });
  });

  describe('API tokens', () => {
    it('finds a token by its hash, records its last use and revokes only the owner’s', async () => {
      const owner = await account();
      const other = await account();
      const tokenHash = unique();
      const token = await createApiToken(
        db().db,
        {
          accountId: owner.id,
          name: 'nightly import',
          scope: 'values',
          tokenHash,
          expiresAt: null,
        },
        at('09:00'),
      );
      await touchApiToken(db().db, token.id, at('09:30'));
      expect(await findApiTokenByHash(db().db, tokenHash)).toMatchObject({
        name: 'nightly import',
        scope: 'values',
        lastUsedAt: at('09:30').toISOString(),
        revokedAt: null,
      });
      await expect(revokeApiToken(db().db, other.id, token.id, at('10:00'))).rejects.toBeInstanceOf(
        NotFoundError,
      );
      expect((await revokeApiToken(db().db, owner.id, token.id, at('10:00'))).revokedAt).toBe(
        at('10:00').toISOString(),
      );
      expect((await listApiTokens(db().db, owner.id))[0]?.revokedAt).toBe(
        at('10:00').toISOString(),
      );
    });
  });

  describe('one-time sign-in links', () => {
    it('signs in once, and never after expiry', async () => {
      const { id } = await account();
      const tokenHash = unique();
      await createSignInLink(db().db, {
        tokenHash,
        accountId: id,
        expiresAt: at('12:00').toISOString(),
      });
      expect(await useSignInLink(db().db, tokenHash, at('09:00'))).toBe(id);
      expect(await useSignInLink(db().db, tokenHash, at('09:01'))).toBeUndefined();
      const late = unique();
      await createSignInLink(db().db, {
        tokenHash: late,
        accountId: id,
        expiresAt: at('12:00').toISOString(),
      });
      expect(await useSignInLink(db().db, late, at('12:00'))).toBeUndefined();
    });
  });

  describe('failed sign-in counters', () => {
    it('counts failures in a window, starts again after it and when cleared', async () => {
      const key = `account:${unique()}`;
      const window = 15 * 60_000;
      await recordFailure(db().db, key, at('09:00'), window);
      const second = await recordFailure(db().db, key, at('09:05'), window);
      expect(second).toEqual({ failures: 2, windowEnds: at('09:15') });
      expect((await failuresOf(db().db, key, at('09:14'), window)).failures).toBe(2);
      expect((await failuresOf(db().db, key, at('09:15'), window)).failures).toBe(0);
      expect(await recordFailure(db().db, key, at('09:20'), window)).toEqual({
        failures: 1,
        windowEnds: at('09:35'),
      });
      await clearFailures(db().db, key);
      expect((await failuresOf(db().db, key, at('09:21'), window)).failures).toBe(0);
    });

    it('loses no failure when many are counted at once', async () => {
      const key = `ip:${unique()}`;
      await Promise.all(
        Array.from({ length: 8 }, () => recordFailure(db().db, key, at('09:00'), 15 * 60_000)),
      );
      expect((await failuresOf(db().db, key, at('09:01'), 15 * 60_000)).failures).toBe(8);
    });
  });
});

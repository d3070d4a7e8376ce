import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@bearing/testing/databases';
import { DuplicateKeyError, NotFoundError } from '../errors.ts';
import { ctx, freshWorkspace } from '../test-fixtures.ts';
import { appendChanges, getChange, listChanges } from './change.repository.ts';
import {
  createAccount,
  findAccountByEmail,
  getAccountByEmail,
  hasAccounts,
  removeAccount,
  setPasswordHash,
  updateAccount,
} from './account.repository.ts';
import { membershipsOf, putMembership } from './membership.repository.ts';
import { createSession, findSession } from './session.repository.ts';
import { createApiToken, listApiTokens } from './api-token.repository.ts';
import { workspaceIdOf } from './scope.ts';

const NOW = new Date('2026-12-04T09:00:00.000Z');
/** Each test has its own addresses: the tests share one database per engine. */
const email = (name: string) => `${name}-${randomBytes(3).toString('hex')}@Example.com`;

forEachDialect(({ db }) => {
  describe('accounts', () => {
    it('finds an account by its email whatever the case, and never shows the hash outside', async () => {
      const address = email('Ada');
      const created = await createAccount(
        db().db,
        { email: address, name: 'Ada', passwordHash: 'argon-hash', instanceAdmin: true },
        NOW,
      );
      expect(created).toMatchObject({ email: address, instanceAdmin: true, hasPassword: true });
      expect(created).not.toHaveProperty('passwordHash');
      const found = await findAccountByEmail(db().db, address.toUpperCase());
      expect(found?.id).toBe(created.id);
      expect(found?.passwordHash).toBe('argon-hash');
      expect(await hasAccounts(db().db)).toBe(true);
    });

    it('refuses a second account with the same email in another case', async () => {
      const address = email('bo');
      await createAccount(db().db, { email: address, name: 'Bo' }, NOW);
      await expect(
        createAccount(db().db, { email: address.toUpperCase(), name: 'Bo again' }, NOW),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('ends every session when the password changes or the account is disabled', async () => {
      const account = await createAccount(db().db, { email: email('cy'), name: 'Cy' }, NOW);
      const session = (id: string) => ({
        idHash: id,
        accountId: account.id,
        now: NOW,
        idleMs: 3_600_000,
        absoluteMs: 86_400_000,
        ip: '127.0.0.1',
        userAgent: 'test',
      });
      const first = randomBytes(8).toString('hex');
      await createSession(db().db, session(first));
      await setPasswordHash(db().db, account.id, 'new-hash', NOW);
      expect(await findSession(db().db, first, NOW)).toBeUndefined();
      const second = randomBytes(8).toString('hex');
      await createSession(db().db, session(second));
      await updateAccount(db().db, account.id, { disabled: true });
      expect(await findSession(db().db, second, NOW)).toBeUndefined();
      expect((await getAccountByEmail(db().db, account.email)).disabled).toBe(true);
    });

    it('removes an account with its memberships and tokens; its changes read "former member"', async () => {
      const ws = await freshWorkspace(db().db);
      const account = await createAccount(db().db, { email: email('dee'), name: 'Dee' }, NOW);
      await putMembership(
        db().db,
        { workspace: ws, accountId: account.id, role: 'editor', scorecards: null },
        NOW,
      );
      await createApiToken(
        db().db,
        {
          accountId: account.id,
          name: 'ci',
          scope: 'read',
          tokenHash: randomBytes(8).toString('hex'),
          expiresAt: null,
        },
        NOW,
      );
      await appendChanges(
        db().db,
        await workspaceIdOf(db().db, ws),
        [
          {
            entityType: 'workspace',
            operation: 'update',
            scorecard: null,
            entityKey: ws,
            before: null,
            after: { name: 'x' },
          },
        ],
        { ...ctx('Dee', NOW.toISOString()), accountId: account.id, tokenId: 'token-1' },
      );
      const [logged] = await listChanges(db().db, ws, {
        entityType: 'workspace',
        entityKey: ws,
        since: NOW,
      });
      expect(logged?.account).toEqual({ id: account.id, email: account.email, name: 'Dee' });
      expect(logged?.token).toBe('token-1');

      await removeAccount(db().db, account.id);
      expect(await membershipsOf(db().db, account.id)).toEqual([]);
      expect(await listApiTokens(db().db, account.id)).toEqual([]);
      expect((await getChange(db().db, logged!.id)).account).toEqual({
        id: account.id,
        email: null,
        name: 'former member',
      });
      await expect(removeAccount(db().db, account.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('logs local-mode changes with no account', async () => {
      const ws = await freshWorkspace(db().db);
      const [created] = await listChanges(db().db, ws);
      expect(created?.account).toBeNull();
      expect(created?.token).toBeNull();
    });
  });
});

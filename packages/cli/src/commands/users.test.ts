import {
  createWorkspace,
  findAccountByEmail,
  listAccounts,
  listChanges,
  useSignInLink,
} from '@bearing/db';
import { hashSecret, verifyPassword } from '@bearing/server';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, accessFixture } from './access-fixtures.ts';

describe('bearing users add', () => {
  it('makes the first account an instance administrator and prints a one-time link', async () => {
    const { cli, open } = accessFixture({ BEARING_PUBLIC_URL: 'https://bearing.example.com/' });
    const result = await cli(['users', 'add', 'Ann@Example.com', '--name', 'Ann Lee']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('added Ann@Example.com (Ann Lee), an instance administrator');
    expect(result.stdout).toContain('the first account always is');
    const link = /https:\/\/bearing\.example\.com\/sign-in\/link#([\w-]+)/.exec(result.stdout);
    expect(link).not.toBeNull();
    const database = await open();
    const account = await findAccountByEmail(database.db, 'ann@example.com');
    expect(account).toMatchObject({ name: 'Ann Lee', instanceAdmin: true, passwordHash: null });
    // The link is stored hashed, valid for 7 days, and works once.
    const secret = link?.[1] ?? '';
    const inSixDays = new Date(Date.now() + 6 * 24 * 3600_000);
    expect(await useSignInLink(database.db, hashSecret(secret), inSixDays)).toBe(account?.id);
    expect(await useSignInLink(database.db, hashSecret(secret), inSixDays)).toBeUndefined();
  });

  it('links to the local server when no public URL is set; a link lapses after 7 days', async () => {
    const { cli, open } = accessFixture();
    const result = await cli(['users', 'add', 'ann@example.com']);
    const secret = /http:\/\/127\.0\.0\.1:4600\/sign-in\/link#([\w-]+)\n/.exec(result.stdout)?.[1];
    expect(secret).toBeDefined();
    const database = await open();
    const inEightDays = new Date(Date.now() + 8 * 24 * 3600_000);
    expect(await useSignInLink(database.db, hashSecret(secret ?? ''), inEightDays)).toBeUndefined();
  });

  it('stores an argon2id hash of a password read from stdin, without printing a link', async () => {
    const { cli, open } = accessFixture();
    await cli(['users', 'add', 'ann@example.com']);
    const result = await cli(
      ['users', 'add', 'bob@example.com', '--password-stdin'],
      `${GOOD_PASSWORD}\n`,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '✔ added bob@example.com (bob)\nGive them a role: bearing members add bob@example.com --workspace ID --role viewer|updater|editor|admin\n',
    );
    const account = await findAccountByEmail((await open()).db, 'bob@example.com');
    expect(account?.instanceAdmin).toBe(false);
    expect(account?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(account?.passwordHash ?? '', GOOD_PASSWORD)).toBe(true);
  });

  it('makes a later account an administrator only with --admin', async () => {
    const { cli, open } = accessFixture();
    await cli(['users', 'add', 'ann@example.com']);
    const result = await cli(['users', 'add', 'cy@example.com', '--admin']);
    expect(result.stdout).toContain('added cy@example.com (cy), an instance administrator\n');
    const accounts = await listAccounts((await open()).db);
    expect(accounts.map((a) => [a.email, a.instanceAdmin])).toEqual([
      ['ann@example.com', true],
      ['cy@example.com', true],
    ]);
  });

  it('exits 2 on a short password and creates nothing', async () => {
    const { cli } = accessFixture();
    const result = await cli(['users', 'add', 'ann@example.com', '--password-stdin'], 'short\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--password-stdin: a password needs at least 10 characters');
    expect((await cli(['users', 'list', '--json'])).stdout).toBe('[]\n');
  });

  it('exits 2 on an email that is taken (in any case) or is no email', async () => {
    const { cli } = accessFixture();
    await cli(['users', 'add', 'ann@example.com']);
    const taken = await cli(['users', 'add', 'ANN@example.com']);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('account "ANN@example.com" already exists');
    const bad = await cli(['users', 'add', 'ann']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('EMAIL: expected an email address, got "ann"');
  });
});

describe('bearing users list', () => {
  it('says how to leave local mode when there are no accounts', async () => {
    const { cli } = accessFixture();
    const result = await cli(['users', 'list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No accounts: Bearing runs in local mode');
  });

  it('lists accounts as a table or JSON, never with a password hash', async () => {
    const { cli } = accessFixture();
    await cli(['users', 'add', 'ann@example.com', '--name', 'Ann']);
    await cli(['users', 'add', 'bob@example.com', '--password-stdin'], GOOD_PASSWORD);
    const table = await cli(['users', 'list']);
    expect(table.stdout).toMatch(/^email\s+name\s+admin\s+sign-in\s+created\n/);
    expect(table.stdout).toMatch(/ann@example\.com\s+Ann\s+yes\s+no password\s+\d{4}-/);
    expect(table.stdout).toMatch(/bob@example\.com\s+bob\s+no\s+password\s+\d{4}-/);
    const json = JSON.parse((await cli(['users', 'list', '--json'])).stdout) as object[];
    expect(json).toHaveLength(2);
    expect(json[1]).toMatchObject({ email: 'bob@example.com', hasPassword: true });
    expect(JSON.stringify(json)).not.toContain('argon2');
  });
});

describe('bearing users remove', () => {
  it('removes an account', async () => {
    const { cli, open } = accessFixture();
    await cli(['users', 'add', 'ann@example.com']);
    await cli(['users', 'add', 'bob@example.com']);
    const result = await cli(['users', 'remove', 'Bob@Example.com']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('removed bob@example.com');
    expect((await listAccounts((await open()).db)).map((a) => a.email)).toEqual([
      'ann@example.com',
    ]);
  });

  it('keeps the change-log rows of a removed account, read as a former member', async () => {
    const { cli, open } = accessFixture();
    await cli(['users', 'add', 'ann@example.com']);
    await cli(['users', 'add', 'bob@example.com']);
    const database = await open();
    const bob = await findAccountByEmail(database.db, 'bob@example.com');
    await createWorkspace(
      database.db,
      { key: 'acme', name: 'Acme', organization: null },
      { actor: 'Bob', now: new Date(), accountId: bob?.id ?? null },
    );
    expect((await cli(['users', 'remove', 'bob@example.com'])).code).toBe(0);
    const changes = await listChanges(database.db, 'acme');
    expect(changes).toHaveLength(1);
    expect(changes[0]?.account).toMatchObject({ email: null, name: 'former member' });
  });

  it('exits 2 for an unknown account, with the closest one', async () => {
    const { cli } = accessFixture();
    await cli(['users', 'add', 'ann@example.com']);
    const result = await cli(['users', 'remove', 'anne@example.com']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'no account "anne@example.com" (did you mean ann@example.com?)',
    );
  });

  it('refuses to remove the last instance administrator while others remain', async () => {
    const { cli } = accessFixture();
    await cli(['users', 'add', 'ann@example.com']);
    await cli(['users', 'add', 'bob@example.com']);
    const result = await cli(['users', 'remove', 'ann@example.com']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ann@example.com is the last instance administrator');
  });
});

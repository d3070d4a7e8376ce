import { findAccountByEmail, findApiTokenByHash } from '@bearing/db';
import { hashSecret } from '@bearing/server';
import { describe, expect, it } from 'vitest';
import { accessFixture } from './access-fixtures.ts';
import { expiryOption } from './tokens.ts';

describe('bearing tokens create', () => {
  it('prints the token alone on stdout and stores only its hash, read scope by default', async () => {
    const { cli, open } = accessFixture();
    await cli(['users', 'add', 'ann@example.com']);
    const result = await cli([
      'tokens',
      'create',
      '--user',
      'ANN@example.com',
      '--name',
      'dashboard',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^brg_[\w-]{43}\n$/);
    expect(result.stderr).toContain(
      'API token "dashboard" for ANN@example.com, scope read, no expiry',
    );
    const database = await open();
    const record = await findApiTokenByHash(database.db, hashSecret(result.stdout.trim()));
    const ann = await findAccountByEmail(database.db, 'ann@example.com');
    expect(record).toMatchObject({
      accountId: ann?.id,
      name: 'dashboard',
      scope: 'read',
      expiresAt: null,
    });
  });

  it('takes a scope and an expiry date (the token works through that day)', async () => {
    const { cli, open } = accessFixture();
    await cli(['users', 'add', 'ann@example.com']);
    const result = await cli([
      'tokens',
      'create',
      '--user',
      'ann@example.com',
      '--name',
      'import',
      '--scope',
      'values',
      '--expires',
      '2099-06-30',
    ]);
    expect(result.code).toBe(0);
    const record = await findApiTokenByHash((await open()).db, hashSecret(result.stdout.trim()));
    expect(record).toMatchObject({ scope: 'values', expiresAt: '2099-07-01T00:00:00.000Z' });
  });

  it('exits 2 on an unknown user, scope or a bad or past expiry, printing no token', async () => {
    const { cli } = accessFixture();
    await cli(['users', 'add', 'ann@example.com']);
    const create = (...rest: string[]) => cli(['tokens', 'create', '--name', 'x', ...rest]);
    const cases = [
      [['--user', 'bob@example.com'], '--user: no account "bob@example.com"'],
      [
        ['--user', 'ann@example.com', '--scope', 'admin'],
        '--scope: unknown scope "admin"; expected one of: read, values, write',
      ],
      [
        ['--user', 'ann@example.com', '--expires', '2026-02-30'],
        '--expires: expected a date such as 2027-06-30',
      ],
      [
        ['--user', 'ann@example.com', '--expires', '2020-01-01'],
        '--expires: 2020-01-01 has already passed',
      ],
    ] as const;
    for (const [args, message] of cases) {
      const result = await create(...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
    }
  });
});

describe('expiryOption', () => {
  const now = new Date('2026-12-03T12:00:00Z');
  it('reads a date as the end of that day and an ISO time as given', () => {
    expect(expiryOption('2026-12-03', now)).toBe('2026-12-04T00:00:00.000Z');
    expect(expiryOption('2026-12-05T08:30:00Z', now)).toBe('2026-12-05T08:30:00.000Z');
  });
  it('refuses words and times in the past', () => {
    expect(() => expiryOption('tomorrow', now)).toThrow('expected a date');
    expect(() => expiryOption('2026-12-03T11:00:00Z', now)).toThrow('has already passed');
  });
});

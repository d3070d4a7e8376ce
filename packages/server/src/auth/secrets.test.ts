import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  hashSecret,
  newApiToken,
  newSecret,
  passwordProblem,
  verifyPassword,
} from './secrets.ts';

describe('secrets', () => {
  it('hashes passwords with argon2id and verifies only the right one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery!')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });

  it('refuses passwords that are too short or absurdly long', () => {
    expect(passwordProblem('short')).toBe('a password needs at least 10 characters');
    expect(passwordProblem('x'.repeat(300))).toBe('a password may have at most 256 characters');
    expect(passwordProblem('long enough pass')).toBeNull();
  });

  it('makes fresh secrets and tokens, hashed the same way every time', () => {
    expect(newSecret()).not.toBe(newSecret());
    expect(newApiToken()).toMatch(/^brg_[A-Za-z0-9_-]{43}$/);
    expect(hashSecret('abc')).toBe(hashSecret('abc'));
    expect(hashSecret('abc')).toMatch(/^[0-9a-f]{64}$/);
  });
});

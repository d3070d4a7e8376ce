import { describe, expect, it } from 'vitest';
import { ownedBy } from './owner.ts';

describe('ownedBy: whether an item with this owner is the person’s', () => {
  it.each([
    ['ana@acme.example', 'ana@acme.example', true],
    [' Ana@ACME.example ', 'ana@acme.example', true],
    ['Ana Lima', 'ana@acme.example', false],
    ['ben@acme.example', 'ana@acme.example', false],
    [null, 'ana@acme.example', false],
  ] as const)('owner %j, person %s: %s', (owner, email, expected) => {
    expect(ownedBy(owner, email)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { deepEqual, IdentityCache, keepIdentity } from './identity.ts';

describe('deepEqual', () => {
  it('compares plain data structurally', () => {
    expect(deepEqual({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(deepEqual({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
  });
});

describe('keepIdentity and IdentityCache', () => {
  it('hands back the previous object for unchanged items and the new one for changed items', () => {
    const a = { id: 'a', data: { score: 1 } };
    const b = { id: 'b', data: { score: 2 } };
    const next = keepIdentity(
      [a, b],
      [
        { id: 'a', data: { score: 1 } },
        { id: 'b', data: { score: 3 } },
        { id: 'c', data: { score: 4 } },
      ],
    );
    expect(next[0]).toBe(a);
    expect(next[1]).not.toBe(b);
    expect(next[1]?.data.score).toBe(3);
    expect(next[2]?.id).toBe('c');
  });

  it('remembers the last list it stabilised', () => {
    const cache = new IdentityCache<{ id: string; n: number }>();
    const first = cache.stabilise([{ id: 'x', n: 1 }]);
    const second = cache.stabilise([{ id: 'x', n: 1 }]);
    expect(second[0]).toBe(first[0]);
    const third = cache.stabilise([{ id: 'x', n: 2 }]);
    expect(third[0]).not.toBe(first[0]);
  });
});

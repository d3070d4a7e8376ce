import { describe, expect, it } from 'vitest';
import { layoutMap } from './place.ts';
import { hashKey, readStoredLayout, storeLayout } from './layout-store.ts';
import { CROSSED } from './test-graphs.ts';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('stored layouts', () => {
  const layout = layoutMap(CROSSED, null);

  it('gives back a stored layout for the same key only', () => {
    const storage = memoryStorage();
    storeLayout('key-a', layout, storage);
    expect(readStoredLayout('key-a', storage)).toEqual(layout);
    expect(readStoredLayout('key-b', storage)).toBeUndefined();
  });

  it('keeps only the most recent few', () => {
    const storage = memoryStorage();
    for (let i = 0; i < 10; i++) storeLayout(`key-${i}`, layout, storage);
    expect(readStoredLayout('key-9', storage)).toBeDefined();
    expect(readStoredLayout('key-0', storage)).toBeUndefined();
  });

  it('survives broken or blocked storage', () => {
    const storage = memoryStorage();
    storage.setItem('bearing.map-layouts.v1', '{not json');
    expect(readStoredLayout('key', storage)).toBeUndefined();
    expect(readStoredLayout('key', undefined)).toBeUndefined();
    const full = memoryStorage();
    full.setItem = () => {
      throw new Error('quota');
    };
    expect(() => storeLayout('key', layout, full)).not.toThrow();
  });

  it('hashes keys stably and tells different keys apart', () => {
    expect(hashKey('abc')).toBe(hashKey('abc'));
    expect(hashKey('abc')).not.toBe(hashKey('abd'));
  });
});

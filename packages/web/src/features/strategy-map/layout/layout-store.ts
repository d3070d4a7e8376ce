/**
 * Layouts kept in localStorage, so reopening a map shows it at once instead of after ELK. A layout
 * is a pure function of the structure (layoutKey), so a stored one is right as long as the
 * algorithm is the same: LAYOUT_VERSION goes up whenever elk-graph.ts or place.ts changes output.
 */
import type { MapLayout } from './types.ts';

const LAYOUT_VERSION = 1;
const STORAGE_KEY = `bearing.map-layouts.v${LAYOUT_VERSION}`;
const KEEP = 6;

/** FNV-1a: a short, stable name for a long key (the key's length guards against collisions). */
export function hashKey(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}-${key.length.toString(36)}`;
}

type Stored = [string, MapLayout][];

function readAll(storage: Storage | undefined): Stored {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as Stored) : [];
  } catch {
    return [];
  }
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked (privacy settings): no persistence, no error
  }
}

export function readStoredLayout(key: string, storage = browserStorage()): MapLayout | undefined {
  const name = hashKey(key);
  return readAll(storage).find(([stored]) => stored === name)?.[1];
}

export function storeLayout(key: string, layout: MapLayout, storage = browserStorage()): void {
  if (!storage) return;
  const name = hashKey(key);
  const others = readAll(storage).filter(([stored]) => stored !== name);
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify([[name, layout], ...others].slice(0, KEEP)));
  } catch {
    // Full storage: the layout is recomputed next time, which is only slower.
  }
}

import { slugify } from '@bearing/core';

/**
 * A free workspace key from a name: its slug, or the slug with -2, -3 … when taken, so the
 * suggested key is accepted at the first try.
 */
export function suggestWorkspaceKey(name: string, taken: readonly string[]): string {
  const base = slugify(name).slice(0, 60).replace(/-+$/, '') || 'workspace';
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const key = `${base}-${String(n)}`;
    if (!used.has(key)) return key;
  }
}

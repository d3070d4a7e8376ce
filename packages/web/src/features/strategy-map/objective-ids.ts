/**
 * A new objective's id: the slug of its name, as the strategy file would default it, made unique
 * within the scorecard with a numeric suffix ("grow-revenue-2").
 */
import { slugify } from '@bearing/core';

export function uniqueObjectiveId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(name) || 'objective';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = base.slice(0, 80 - suffix.length).replace(/-+$/, '') + suffix;
    if (!used.has(candidate)) return candidate;
  }
}

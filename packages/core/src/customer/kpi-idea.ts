import type { KpiIdea } from './types.ts';

/** Compact constructors so the knowledge base reads as a table, one idea a line. */
export function lead(
  id: string,
  name: string,
  unit: string,
  baseline: number,
  target: number,
): KpiIdea {
  return idea(id, name, unit, 'leading', baseline, target);
}

export function lag(
  id: string,
  name: string,
  unit: string,
  baseline: number,
  target: number,
): KpiIdea {
  return idea(id, name, unit, 'lagging', baseline, target);
}

// Lower-is-better follows from the placeholder scale itself (target below baseline).
function idea(
  id: string,
  name: string,
  unit: string,
  indicator: KpiIdea['indicator'],
  baseline: number,
  target: number,
): KpiIdea {
  const optimization = target < baseline ? 'minimize' : 'maximize';
  return { id, name, unit, indicator, optimization, baseline, target };
}

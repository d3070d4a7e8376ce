import type { Initiative } from './strategy.ts';

/** Earned value = budget × progress: the worth of the work done so far. Null when unknown. */
export function earnedValue(initiative: Initiative): number | null {
  if (initiative.budget === null || initiative.progress === null) return null;
  return initiative.budget * initiative.progress;
}

/** Cost variance = earned value − spent. Negative means the work costs more than it earns. */
export function costVariance(initiative: Initiative): number | null {
  const earned = earnedValue(initiative);
  if (earned === null || initiative.spent === null) return null;
  return earned - initiative.spent;
}

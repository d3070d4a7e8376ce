import type { Initiative } from '../model/strategy.ts';

/** An initiative's money against its progress (earned value management, simplified). */
export interface InitiativeCost {
  /** Budget × progress: what the work done so far was planned to cost. Null without both. */
  readonly earnedValue: number | null;
  /**
   * Earned value − spent: positive is under cost, negative over cost for the work done. Null
   * without an earned value or a spent figure.
   */
  readonly costVariance: number | null;
}

export function initiativeCost(initiative: Initiative): InitiativeCost {
  const { budget, progress, spent } = initiative;
  const earnedValue = budget === null || progress === null ? null : budget * progress;
  const costVariance = earnedValue === null || spent === null ? null : earnedValue - spent;
  return { earnedValue, costVariance };
}

import type { Thresholds } from '../model/strategy.ts';
import type { Status } from './types.ts';

/** Status from a score (scoring.md §5); `none` when there is no score. */
export function statusFor(score: number | null, thresholds: Thresholds): Status {
  if (score === null) return 'none';
  if (score >= thresholds.green) return 'green';
  if (score >= thresholds.amber) return 'amber';
  return 'red';
}

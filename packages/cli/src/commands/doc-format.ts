import type { Lag, Status } from '@bearing/core';
import { formatScore } from '../output/format.ts';

export function scoreCell(score: number | null, status: Status): string {
  return score === null ? 'n/a' : `${formatScore(score)} ${status}`;
}

export function formatLagText(lag: Lag | null): string {
  return lag === null
    ? ''
    : ` (expected after ${lag.count} ${lag.unit}${lag.count === 1 ? '' : 's'})`;
}

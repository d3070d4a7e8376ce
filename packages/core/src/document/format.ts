import type { Lag, Optimization, Target } from '../model/strategy.ts';
import type { Status } from '../scoring/types.ts';

/**
 * Display formatting for numbers, shared by the CLI's tables and the strategy document. The
 * engine's numbers are full precision; rounding happens here and only here. A fixed locale keeps
 * output identical on every machine (and in the docs).
 */
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** `0.7234` → `72.3%`; null (no data) → `n/a`. */
export function formatScore(score: number | null): string {
  return score === null ? 'n/a' : `${(score * 100).toFixed(1)}%`;
}

export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** `3.5` with unit `%` → `3.5%`; with unit `h` → `3.5 h`; no unit → `3.5`. */
export function withUnit(text: string, unit: string | null): string {
  if (unit === null || unit === '') return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

export function formatValue(value: number | null, unit: string | null): string {
  return value === null ? '' : withUnit(formatNumber(value), unit);
}

/**
 * The target with the direction that counts as good, so `≤ 2%` reads as "at most 2 %" without
 * knowing the optimization: maximize `≥`, minimize `≤`, range `low–high`.
 */
export function formatTarget(
  target: Target | null,
  unit: string | null,
  optimization: Optimization,
  baseline: number | null,
): string {
  if (target === null || optimization === 'none') return '';
  if (typeof target !== 'number') {
    return withUnit(`${formatNumber(target[0])}–${formatNumber(target[1])}`, unit);
  }
  const lowerIsBetter =
    optimization === 'minimize' ||
    (optimization === 'binary' && baseline !== null && baseline > target);
  return `${lowerIsBetter ? '≤' : '≥'} ${withUnit(formatNumber(target), unit)}`;
}

/** `72.3% amber`; `n/a` when there is no score. */
export function scoreCell(score: number | null, status: Status): string {
  return score === null ? 'n/a' : `${formatScore(score)} ${status}`;
}

/** ` (expected after 3 months)`; empty without a lag. */
export function formatLagText(lag: Lag | null): string {
  return lag === null
    ? ''
    : ` (expected after ${lag.count} ${lag.unit}${lag.count === 1 ? '' : 's'})`;
}

import { LAG_UNITS, type Lag, type LagUnit } from '../model/strategy.ts';

/** "3 months" → {count: 3, unit: 'month'}; null when it does not read as a lag. */
export function parseLag(text: string): Lag | null {
  const m = /^\s*(\d+)\s*(day|week|month|quarter|year)s?\s*$/i.exec(text);
  if (!m) return null;
  const unit = m[2]!.toLowerCase() as LagUnit;
  return LAG_UNITS.includes(unit) ? { count: Number(m[1]), unit } : null;
}

export function formatLag(lag: Lag): string {
  return `${lag.count} ${lag.unit}${lag.count === 1 ? '' : 's'}`;
}

/**
 * Display formatting. Scores stay full precision everywhere else (scoring.md §6); rounding
 * happens here, at the last moment, and only for reading.
 */
import type { Status, Target } from '../api/types.ts';

export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined) return '–';
  return `${Math.round(score * 100)}%`;
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return numberFormat.format(value);
}

/** A value with its unit: "3.6 %", "486 kEUR", "42". */
export function formatValue(value: number | null | undefined, unit?: string | null): string {
  if (value === null || value === undefined) return '–';
  const text = formatNumber(value);
  if (!unit) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

export function formatTarget(target: Target | null | undefined, unit?: string | null): string {
  if (target === null || target === undefined) return '–';
  if (typeof target === 'number') return formatValue(target, unit);
  return `${formatNumber(target[0])}–${formatValue(target[1], unit)}`;
}

// Status words and drawing colours live with the map drawing in the core, shared with reports.
export { STATUS_HEX, STATUS_LABEL } from '@bearing/core/map';

/** Mantine colour names per status; the icon and label carry the meaning too. */
export const STATUS_COLOR: Readonly<Record<Status, string>> = {
  green: 'teal',
  amber: 'yellow',
  red: 'red',
  none: 'gray',
};

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

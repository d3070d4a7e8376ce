import type { Status } from '../scoring/types.ts';

/** Status words for people (the map and the reports), so colour never carries meaning alone. */
export const STATUS_LABEL: Readonly<Record<Status, string>> = {
  green: 'On track',
  amber: 'At risk',
  red: 'Off track',
  none: 'No data',
};

/** Hex colours for drawings (SVG, PNG, PDF), where theme variables do not reach. */
export const STATUS_HEX: Readonly<Record<Status, string>> = {
  green: '#0ca678',
  amber: '#f59f00',
  red: '#e03131',
  none: '#868e96',
};

/** A score on the map: a whole percentage (a card has no room for decimals), `–` for no data. */
export function mapScoreText(score: number | null): string {
  return score === null ? '–' : `${Math.round(score * 100)}%`;
}

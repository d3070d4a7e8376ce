/**
 * The score half of a history chart: a 0–100 % axis with the status zones drawn from the
 * thresholds (score ≥ green is green, ≥ amber amber, below red: scoring.md §5) and the server's
 * scores plotted on it. Only the API's numbers are drawn; nothing here computes a score.
 */
import type { HistoryPoint, Status, Thresholds } from '../../api/types.ts';
import type { LineSeriesOption } from './echarts-setup.ts';
import { formatScore, STATUS_HEX, STATUS_LABEL } from '../../lib/format.ts';

type MarkAreaOption = NonNullable<LineSeriesOption['markArea']>;
type MarkAreaEnd = Record<string, unknown>;

export interface Band {
  readonly status: Exclude<Status, 'none'>;
  readonly from: number;
  readonly to: number;
}

/** The zones of the score axis, bottom to top; an empty zone (amber = green) is left out. */
export function statusBands(thresholds: Thresholds): Band[] {
  const bands: Band[] = [
    { status: 'red', from: 0, to: thresholds.amber },
    { status: 'amber', from: thresholds.amber, to: thresholds.green },
    { status: 'green', from: thresholds.green, to: 1 },
  ];
  return bands.filter((b) => b.to > b.from);
}

/** "On track ≥ 80%", "Off track < 50%": the rule of each zone, in words. */
export function bandLabel(band: Band): string {
  return band.status === 'red'
    ? `${STATUS_LABEL.red} < ${formatScore(band.to)}`
    : `${STATUS_LABEL[band.status]} ≥ ${formatScore(band.from)}`;
}

/** A hex colour with alpha, for translucent zones that work on light and dark backgrounds. */
export function withAlpha(hex: string, alpha: number): string {
  const a = Math.round(Math.min(1, Math.max(0, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${hex}${a}`;
}

/** echarts markArea data for the zones (full width: only the y extent is given). */
export function bandMarkArea(thresholds: Thresholds, dark: boolean): MarkAreaOption {
  return {
    silent: true,
    data: statusBands(thresholds).map((band): [MarkAreaEnd, MarkAreaEnd] => [
      {
        yAxis: band.from,
        name: STATUS_LABEL[band.status],
        itemStyle: { color: withAlpha(STATUS_HEX[band.status], dark ? 0.14 : 0.12) },
        label: {
          show: true,
          // Outside the plot, right of the zone: never on top of a data point.
          position: 'right' as const,
          color: STATUS_HEX[band.status],
          fontSize: 10,
          formatter: bandLabel(band),
        },
      },
      { yAxis: band.to },
    ]),
  };
}

/** Score points coloured by their status; null where the server has no score (a gap). */
export function scoreData(points: readonly HistoryPoint[]) {
  return points.map((p) =>
    p.score === null ? null : { value: p.score, itemStyle: { color: STATUS_HEX[p.status] } },
  );
}

/** Room right of a plot for the zone labels ("Off track < 50%"). */
export const BAND_LABEL_MARGIN = 104;

export const scoreAxisLabel = (value: number): string => formatScore(value);

/** Neutral colours the charts share (lines that are not a status). */
export function chartColors(dark: boolean) {
  return {
    value: dark ? '#748ffc' : '#4263eb',
    target: dark ? '#b197fc' : '#7048e8',
    baseline: dark ? '#909296' : '#868e96',
    score: dark ? '#c1c2c5' : '#495057',
    selected: dark ? '#5c5f66' : '#ced4da',
  };
}

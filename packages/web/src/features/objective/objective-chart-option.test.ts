import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../api/types.ts';
import type { LineSeriesOption } from '../../components/charts/echarts-setup.ts';
import { STATUS_HEX } from '../../lib/format.ts';
import { buildObjectiveChartOption, objectiveTooltip } from './objective-chart-option.ts';

const points = [
  {
    period: '2026-05',
    score: 0.65,
    status: 'amber',
    value: null,
    coverage: { scored: 2, total: 3 },
  },
  {
    period: '2026-06',
    score: null,
    status: 'none',
    value: null,
    coverage: { scored: 0, total: 3 },
  },
] as HistoryPoint[];

describe('the roll-up history chart', () => {
  it('plots the server scores with status colours over the zones', () => {
    const option = buildObjectiveChartOption({
      points,
      thresholds: { green: 0.9, amber: 0.6 },
      selected: '2026-05',
      dark: true,
    });
    const [series] = option.series as LineSeriesOption[];
    expect(series?.data).toEqual([{ value: 0.65, itemStyle: { color: STATUS_HEX.amber } }, null]);
    const zones = series?.markArea?.data as unknown as [{ yAxis: number }, { yAxis: number }][];
    expect(zones.map(([from, to]) => [from.yAxis, to.yAxis])).toEqual([
      [0, 0.6],
      [0.6, 0.9],
      [0.9, 1],
    ]);
    expect(series?.markLine?.data).toEqual([{ xAxis: 0 }]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['May 2026', 'Jun 2026']);
  });

  it('says score, status and coverage in the tooltip', () => {
    expect(objectiveTooltip(points[0]!)).toBe('May 2026 · 65% · At risk · 2 of 3 scored');
    expect(objectiveTooltip(points[1]!)).toBe('Jun 2026 · – · No data · 0 of 3 scored');
  });
});

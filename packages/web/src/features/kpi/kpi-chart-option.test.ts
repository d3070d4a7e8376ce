import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../api/types.ts';
import type { LineSeriesOption } from '../../components/charts/echarts-setup.ts';
import { STATUS_HEX } from '../../lib/format.ts';
import { buildKpiChartOption, constantTargets, tooltipLines } from './kpi-chart-option.ts';

const p = (
  period: string,
  value: number | null,
  score: number | null,
  status: HistoryPoint['status'],
): HistoryPoint =>
  ({
    period,
    value,
    score,
    status,
    coverage: { scored: score === null ? 0 : 1, total: 1 },
  }) as HistoryPoint;

const points = [
  p('2026-04', 4.8, 0.53, 'amber'),
  p('2026-05', null, null, 'none'),
  p('2026-06', 3.6, 0.73, 'amber'),
];

const build = (over: Partial<Parameters<typeof buildKpiChartOption>[0]> = {}) =>
  buildKpiChartOption({
    points,
    unit: '%',
    baseline: 8,
    targets: constantTargets(points, 2),
    thresholds: { green: 0.8, amber: 0.5 },
    selected: null,
    dark: false,
    ...over,
  });

const seriesOf = (option: ReturnType<typeof build>) => option.series as LineSeriesOption[];
const byId = (option: ReturnType<typeof build>, id: string) =>
  seriesOf(option).find((s) => s.id === id);

describe('the KPI history chart option', () => {
  it('labels the periods for people on both x axes', () => {
    const axes = build().xAxis as { data: string[] }[];
    expect(axes.map((a) => a.data)).toEqual([
      ['Apr 2026', 'May 2026', 'Jun 2026'],
      ['Apr 2026', 'May 2026', 'Jun 2026'],
    ]);
  });

  it('draws the values with status colours and a gap where there is none', () => {
    expect(byId(build(), 'value')?.data).toEqual([
      { value: 4.8, itemStyle: { color: STATUS_HEX.amber } },
      null,
      { value: 3.6, itemStyle: { color: STATUS_HEX.amber } },
    ]);
  });

  it('draws the target and baseline lines on the value axis', () => {
    const option = build();
    expect(byId(option, 'target')?.data).toEqual([2, 2, 2]);
    expect(byId(option, 'baseline')?.data).toEqual([8, 8, 8]);
    expect(byId(option, 'target')?.yAxisIndex).toBe(0);
  });

  it('follows per-period targets and draws a range target as two lines', () => {
    expect(byId(build({ targets: [3, null, 2] }), 'target')?.data).toEqual([3, null, 2]);
    const range = build({
      targets: [
        [18, 22],
        [18, 22],
        [19, 21],
      ],
    });
    expect(byId(range, 'target-low')?.data).toEqual([18, 18, 19]);
    expect(byId(range, 'target-high')?.data).toEqual([22, 22, 21]);
    expect(byId(range, 'target')).toBeUndefined();
  });

  it('leaves the baseline out when the KPI has none', () => {
    expect(byId(build({ baseline: null }), 'baseline')).toBeUndefined();
  });

  it("plots the server's scores on a 0–100 % axis over the status zones", () => {
    const option = build();
    const score = byId(option, 'score');
    expect(score?.yAxisIndex).toBe(1);
    expect(score?.data).toEqual([
      { value: 0.53, itemStyle: { color: STATUS_HEX.amber } },
      null,
      { value: 0.73, itemStyle: { color: STATUS_HEX.amber } },
    ]);
    expect((score?.markArea?.data as unknown[]).length).toBe(3);
    expect((option.yAxis as { min?: number; max?: number }[])[1]).toMatchObject({ min: 0, max: 1 });
  });

  it('marks the period in view on both charts, and nothing when it is not shown', () => {
    const option = build({ selected: '2026-06' });
    expect(byId(option, 'value')?.markLine?.data).toEqual([{ xAxis: 2 }]);
    expect(byId(option, 'score')?.markLine?.data).toEqual([{ xAxis: 2 }]);
    expect(byId(build({ selected: '2025-01' }), 'value')?.markLine).toBeUndefined();
  });

  it('writes a tooltip with value, target, score and status', () => {
    expect(tooltipLines(points[2]!, 2, '%')).toEqual([
      'Jun 2026',
      'Value: 3.6%',
      'Target: 2%',
      'Score: 73% · At risk',
    ]);
    expect(tooltipLines(points[1]!, null, '%')).toEqual([
      'May 2026',
      'Value: –',
      'Target: –',
      'Score: – · No data',
    ]);
    const formatter = (build().tooltip as { formatter: (params: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 0 }])).toContain('Score: 53% · At risk');
    expect(formatter([{ dataIndex: 0 }])).toContain('<b>Apr 2026</b>');
  });

  it('escapes the unit in the tooltip', () => {
    const formatter = (build({ unit: '<b>' }).tooltip as { formatter: (params: unknown) => string })
      .formatter;
    expect(formatter([{ dataIndex: 0 }])).toContain('4.8 &#60;b&#62;');
  });
});

/**
 * The KPI history chart as an echarts option, built from the history API's points: values with
 * the target and baseline above, the scores on a 0–100 % axis with the status zones below.
 */
import type { ChartOption, LineSeriesOption } from '../../components/charts/echarts-setup.ts';
import {
  BAND_LABEL_MARGIN,
  bandMarkArea,
  chartColors,
  scoreAxisLabel,
  scoreData,
} from '../../components/charts/score-bands.ts';
import type { HistoryPoint, Target, Thresholds } from '../../api/types.ts';
import {
  formatNumber,
  formatScore,
  formatTarget,
  formatValue,
  STATUS_HEX,
  STATUS_LABEL,
} from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';

export interface KpiChartInput {
  readonly points: readonly HistoryPoint[];
  readonly unit: string | null;
  readonly baseline: number | null;
  /** The target in force for each point (same order); null where there is none or not known. */
  readonly targets: readonly (Target | null)[];
  readonly thresholds: Thresholds;
  /** The period in view, marked with a vertical line. */
  readonly selected: string | null;
  readonly dark: boolean;
}

/** The tooltip of one period, as lines of text: period, value, target, score and status. */
export function tooltipLines(
  point: HistoryPoint,
  target: Target | null,
  unit: string | null,
): string[] {
  return [
    periodLabel(point.period),
    `Value: ${formatValue(point.value, unit)}`,
    `Target: ${formatTarget(target, unit)}`,
    `Score: ${formatScore(point.score)} · ${STATUS_LABEL[point.status]}`,
  ];
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function tooltipHtml(point: HistoryPoint, target: Target | null, unit: string | null): string {
  const [title, ...rest] = tooltipLines(point, target, unit).map(escapeHtml);
  const dot = `<span style="display:inline-block;width:8px;height:8px;border-radius:4px;margin-right:6px;background:${STATUS_HEX[point.status]}"></span>`;
  return `<b>${title ?? ''}</b><br/>${rest.join('<br/>').replace('Score:', `${dot}Score:`)}`;
}

/** A range target [low, high] draws two lines; a number one; null leaves a gap. */
function targetSeries(targets: readonly (Target | null)[], color: string): LineSeriesOption[] {
  const isRange = targets.some((t) => Array.isArray(t));
  const line = (id: string, pick: (t: Target) => number): LineSeriesOption => ({
    id,
    name: 'Target',
    type: 'line',
    xAxisIndex: 0,
    yAxisIndex: 0,
    step: 'middle',
    symbol: 'none',
    lineStyle: { type: 'dashed', width: 1.5, color },
    itemStyle: { color },
    data: targets.map((t) => (t === null ? null : pick(t))),
  });
  if (!isRange) return [line('target', (t) => (typeof t === 'number' ? t : t[0]))];
  return [
    line('target-low', (t) => (typeof t === 'number' ? t : t[0])),
    line('target-high', (t) => (typeof t === 'number' ? t : t[1])),
  ];
}

export function buildKpiChartOption(input: KpiChartInput): ChartOption {
  const { points, unit, baseline, targets, thresholds, selected, dark } = input;
  const colors = chartColors(dark);
  const labels = points.map((p) => periodLabel(p.period));
  const selectedIndex = selected === null ? -1 : points.findIndex((p) => p.period === selected);
  const selectedLine =
    selectedIndex < 0
      ? undefined
      : {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: colors.selected, type: 'solid' as const, width: 2 },
          data: [{ xAxis: selectedIndex }],
        };
  const series: LineSeriesOption[] = [
    {
      id: 'value',
      name: 'Value',
      type: 'line',
      xAxisIndex: 0,
      yAxisIndex: 0,
      symbolSize: 8,
      connectNulls: false,
      lineStyle: { width: 2.5, color: colors.value },
      itemStyle: { color: colors.value },
      data: points.map((p) =>
        p.value === null ? null : { value: p.value, itemStyle: { color: STATUS_HEX[p.status] } },
      ),
      ...(selectedLine ? { markLine: selectedLine } : {}),
    },
    ...targetSeries(targets, colors.target),
  ];
  if (baseline !== null) {
    series.push({
      id: 'baseline',
      name: 'Baseline',
      type: 'line',
      xAxisIndex: 0,
      yAxisIndex: 0,
      symbol: 'none',
      lineStyle: { type: 'dotted', width: 1.5, color: colors.baseline },
      itemStyle: { color: colors.baseline },
      data: points.map(() => baseline),
    });
  }
  series.push({
    id: 'score',
    name: 'Score',
    type: 'line',
    xAxisIndex: 1,
    yAxisIndex: 1,
    symbolSize: 6,
    connectNulls: false,
    lineStyle: { width: 1.5, color: colors.score },
    itemStyle: { color: colors.score },
    data: scoreData(points),
    markArea: bandMarkArea(thresholds, dark),
    ...(selectedLine ? { markLine: selectedLine } : {}),
  });

  return {
    animation: false,
    legend: { top: 0, left: 0, data: ['Value', 'Target', 'Baseline', 'Score'] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'line' },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number };
        const i = first.dataIndex ?? -1;
        const point = points[i];
        return point ? tooltipHtml(point, targets[i] ?? null, unit) : '';
      },
    },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    grid: [
      { left: 64, right: BAND_LABEL_MARGIN, top: 40, height: '46%' },
      { left: 64, right: BAND_LABEL_MARGIN, top: '64%', bottom: 32 },
    ],
    xAxis: [
      { type: 'category', gridIndex: 0, data: labels, axisLabel: { show: false } },
      { type: 'category', gridIndex: 1, data: labels },
    ],
    yAxis: [
      {
        type: 'value',
        gridIndex: 0,
        scale: true,
        // Room above and below, so a target or baseline at the edge stays visible.
        boundaryGap: ['12%', '12%'],
        name: unit ?? '',
        axisLabel: { formatter: (v: number) => formatNumber(v) },
      },
      {
        type: 'value',
        gridIndex: 1,
        min: 0,
        max: 1,
        interval: 0.25,
        name: 'Score',
        axisLabel: { formatter: scoreAxisLabel },
      },
    ],
    series,
  };
}

/** The target in force per point: the KPI's own target, unless per-period targets exist. */
export function constantTargets(
  points: readonly HistoryPoint[],
  target: Target | null,
): (Target | null)[] {
  return points.map(() => target);
}

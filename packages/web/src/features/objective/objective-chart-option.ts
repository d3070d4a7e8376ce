/** The objective's roll-up history: its score per period on the status zones. */
import type { ChartOption } from '../../components/charts/echarts-setup.ts';
import {
  BAND_LABEL_MARGIN,
  bandMarkArea,
  chartColors,
  scoreAxisLabel,
  scoreData,
} from '../../components/charts/score-bands.ts';
import type { HistoryPoint, Thresholds } from '../../api/types.ts';
import { formatScore, STATUS_LABEL } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';

/** "Jun 2026 · 73% · At risk · 2 of 3 scored". */
export function objectiveTooltip(point: HistoryPoint): string {
  const { scored, total } = point.coverage;
  return `${periodLabel(point.period)} · ${formatScore(point.score)} · ${STATUS_LABEL[point.status]} · ${scored} of ${total} scored`;
}

export function buildObjectiveChartOption(input: {
  points: readonly HistoryPoint[];
  thresholds: Thresholds;
  selected: string | null;
  dark: boolean;
}): ChartOption {
  const { points, thresholds, selected, dark } = input;
  const colors = chartColors(dark);
  const selectedIndex = selected === null ? -1 : points.findIndex((p) => p.period === selected);
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number };
        const point = points[first.dataIndex ?? -1];
        return point ? objectiveTooltip(point) : '';
      },
    },
    grid: { left: 56, right: BAND_LABEL_MARGIN, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: points.map((p) => periodLabel(p.period)) },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      interval: 0.25,
      axisLabel: { formatter: scoreAxisLabel },
    },
    series: [
      {
        id: 'score',
        name: 'Score',
        type: 'line',
        symbolSize: 8,
        connectNulls: false,
        lineStyle: { width: 2.5, color: colors.score },
        itemStyle: { color: colors.score },
        data: scoreData(points),
        markArea: bandMarkArea(thresholds, dark),
        ...(selectedIndex < 0
          ? {}
          : {
              markLine: {
                silent: true,
                symbol: 'none',
                label: { show: false },
                lineStyle: { color: colors.selected, type: 'solid', width: 2 },
                data: [{ xAxis: selectedIndex }],
              },
            }),
      },
    ],
  };
}

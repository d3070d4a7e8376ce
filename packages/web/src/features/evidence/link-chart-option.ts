/**
 * The link panel's chart as an echarts option: the effect's score and the cause's score shifted by
 * the found lag, on one 0–100 % axis, so the two lines rise and fall together when the evidence
 * supports the link and against each other when it contradicts it.
 */
import type { ChartOption } from '../../components/charts/echarts-setup.ts';
import { chartColors, scoreAxisLabel } from '../../components/charts/score-bands.ts';
import { formatScore } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';
import type { AlignedSeries } from './aligned-series.ts';

export interface LinkChartInput {
  readonly aligned: AlignedSeries;
  readonly causeName: string;
  readonly effectName: string;
  /** "2 months": how far the cause is shifted, for its series name. */
  readonly lagText: string;
  readonly dark: boolean;
}

/** The cause's series name says it is shifted, so the legend never hides the alignment. */
export function causeSeriesName(input: Pick<LinkChartInput, 'causeName' | 'lagText' | 'aligned'>) {
  return input.aligned.lag === 0
    ? `Cause: ${input.causeName}`
    : `Cause: ${input.causeName} (${input.lagText} earlier)`;
}

export function linkChartOption(input: LinkChartInput): ChartOption {
  const colors = chartColors(input.dark);
  const { aligned } = input;
  const causeName = causeSeriesName(input);
  const effectName = `Effect: ${input.effectName}`;
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 40, bottom: 28 },
    legend: { top: 0, data: [effectName, causeName] },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? (params as { dataIndex: number }[]) : [];
        const index = list[0]?.dataIndex ?? 0;
        const period = aligned.periods[index];
        const causePeriod = aligned.causePeriods[index];
        return [
          `<b>${period ? periodLabel(period) : ''}</b>`,
          `Effect: ${formatScore(aligned.effect[index] ?? null)}`,
          `Cause${causePeriod ? ` (${periodLabel(causePeriod)})` : ''}: ${formatScore(aligned.cause[index] ?? null)}`,
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: aligned.periods.map(periodLabel) },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      axisLabel: { formatter: scoreAxisLabel },
    },
    series: [
      {
        id: 'effect',
        name: effectName,
        type: 'line',
        data: [...aligned.effect],
        connectNulls: false,
        symbolSize: 5,
        lineStyle: { color: colors.value, width: 2 },
        itemStyle: { color: colors.value },
      },
      {
        id: 'cause',
        name: causeName,
        type: 'line',
        data: [...aligned.cause],
        connectNulls: false,
        symbolSize: 5,
        lineStyle: { color: colors.target, width: 2, type: 'dashed' },
        itemStyle: { color: colors.target },
      },
    ],
  };
}

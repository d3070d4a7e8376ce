/**
 * A perspective's gauge: the server's score as a percentage on a dial whose bands are the
 * scorecard's thresholds (red below amber, amber below green, green above). Pure option building.
 */
import type { Status, Thresholds } from '../../api/types.ts';
import { statusBands } from '../../components/charts/score-bands.ts';
import { STATUS_HEX } from '../../lib/format.ts';
import type { GaugeOption } from './gauge-setup.ts';

/** echarts colours a dial by stops: [up to this fraction, colour], in order. */
export function bandStops(thresholds: Thresholds): [number, string][] {
  return statusBands(thresholds).map((band) => [band.to, STATUS_HEX[band.status]]);
}

export function gaugeOption(
  score: number | null,
  status: Status,
  thresholds: Thresholds,
  dark: boolean,
): GaugeOption {
  const text = dark ? '#e9ecef' : '#212529';
  const percent = score === null ? 0 : Math.round(Math.min(1, Math.max(0, score)) * 100);
  return {
    animation: false,
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        startAngle: 210,
        endAngle: -30,
        radius: '100%',
        center: ['50%', '58%'],
        axisLine: { lineStyle: { width: 10, color: bandStops(thresholds) } },
        progress: { show: false },
        pointer: {
          show: score !== null,
          length: '62%',
          width: 5,
          itemStyle: { color: STATUS_HEX[status] },
        },
        anchor: { show: score !== null, size: 8, itemStyle: { color: text } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        title: { show: false },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, '42%'],
          fontSize: 22,
          fontWeight: 600,
          color: text,
          formatter: () => (score === null ? '–' : `${percent}%`),
        },
        data: [{ value: percent }],
      },
    ],
  };
}

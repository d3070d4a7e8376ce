/**
 * echarts for the dashboard's gauges: only the gauge series and the SVG renderer are registered,
 * from 'echarts/core', so the dashboard chunk carries one chart type and not the whole library.
 */
import { GaugeChart, type GaugeSeriesOption } from 'echarts/charts';
import { init, use as register, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

register([GaugeChart, SVGRenderer]);

export type GaugeOption = ComposeOption<GaugeSeriesOption>;
export type { EChartsType };

export function createGauge(element: HTMLElement): EChartsType {
  return init(element, undefined, { renderer: 'svg' });
}

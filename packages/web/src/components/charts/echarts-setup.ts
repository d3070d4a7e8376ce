/**
 * The only place the web app touches echarts' registry. Importing from 'echarts/core' and
 * registering just what the history charts draw keeps ~1 MB of unused chart types out of the
 * bundle (stack.md); a chart that needs another series or component adds it here.
 */
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkAreaComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use as register, type ComposeOption, type EChartsType } from 'echarts/core';
// SVG rather than canvas: crisp at any zoom, selectable in tests (jsdom has no canvas), and small
// line charts are far below the size where canvas is faster.
import { SVGRenderer } from 'echarts/renderers';

register([
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  SVGRenderer,
]);

/** Every option a Bearing chart may use: exactly the registered parts. */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
>;

export type { LineSeriesOption, EChartsType };

/** echarts' built-in 'dark' theme is registered by echarts/core itself. */
export function createChart(element: HTMLElement, dark: boolean): EChartsType {
  return init(element, dark ? 'dark' : undefined, { renderer: 'svg' });
}

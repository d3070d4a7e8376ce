import { Box, useComputedColorScheme } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { createChart, type ChartOption, type EChartsType } from './echarts-setup.ts';

export interface ChartClick {
  /** Index of the clicked point in its series' data (the x category index for our line charts). */
  readonly dataIndex: number;
  readonly seriesId: string | undefined;
}

/**
 * An echarts chart as a React component: created on mount, disposed on unmount, resized with its
 * container, and re-created when the colour scheme changes (echarts themes are fixed at init).
 * The option is applied whole (`notMerge`), so a series that disappears from it disappears here.
 */
export function EChart({
  option,
  height = 320,
  label,
  onPointClick,
}: {
  option: ChartOption;
  height?: number | string;
  /** What the chart shows, for screen readers (the chart itself is an image to them). */
  label: string;
  onPointClick?: (click: ChartClick) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  // The latest handler, read when a click happens (the chart is not re-created for a new one).
  const clickHandler = useRef(onPointClick);
  useEffect(() => {
    clickHandler.current = onPointClick;
  }, [onPointClick]);
  const dark = useComputedColorScheme('light') === 'dark';

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = createChart(element, dark);
    chart.current = instance;
    instance.on('click', (params) => {
      const p = params as { dataIndex?: number; seriesId?: string };
      if (typeof p.dataIndex === 'number') {
        clickHandler.current?.({ dataIndex: p.dataIndex, seriesId: p.seriesId });
      }
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [dark]);

  useEffect(() => {
    // The page's background shows through, so the chart sits on cards in both themes.
    chart.current?.setOption({ backgroundColor: 'transparent', ...option }, { notMerge: true });
  }, [option, dark]);

  // Our own label, on a wrapper: echarts' generated description lists raw data, not meaning.
  return (
    <Box role="img" aria-label={label} data-testid="echart">
      <div ref={container} style={{ width: '100%', height }} />
    </Box>
  );
}

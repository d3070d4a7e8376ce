import { Box, useComputedColorScheme } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import type { Status, Thresholds } from '../../api/types.ts';
import { gaugeOption } from './gauge-option.ts';
import { createGauge, type EChartsType } from './gauge-setup.ts';

/** A score dial; the chart is an image to screen readers, so `label` says what it shows. */
export function Gauge({
  score,
  status,
  thresholds,
  label,
  height = 150,
}: {
  score: number | null;
  status: Status;
  thresholds: Thresholds;
  label: string;
  height?: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const dark = useComputedColorScheme('light') === 'dark';
  const option = useMemo(
    () => gaugeOption(score, status, thresholds, dark),
    [score, status, thresholds, dark],
  );

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = createGauge(element);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ backgroundColor: 'transparent', ...option }, { notMerge: true });
  }, [option]);

  return <Box ref={container} role="img" aria-label={label} style={{ width: '100%', height }} />;
}

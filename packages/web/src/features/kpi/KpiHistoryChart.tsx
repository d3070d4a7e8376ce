import { Center, Text, useComputedColorScheme } from '@mantine/core';
import { useMemo } from 'react';
import type { HistoryPoint, Target, Thresholds } from '../../api/types.ts';
import { EChart } from '../../components/charts/EChart.tsx';
import { periodLabel } from '../../lib/periods.ts';
import { buildKpiChartOption } from './kpi-chart-option.ts';

/** Values, target and baseline over the range, with the score and its status zones below. */
export function KpiHistoryChart({
  name,
  points,
  unit,
  baseline,
  targets,
  thresholds,
  selected,
  onSelect,
}: {
  name: string;
  points: readonly HistoryPoint[];
  unit: string | null;
  baseline: number | null;
  targets: readonly (Target | null)[];
  thresholds: Thresholds;
  selected: string | null;
  onSelect: (period: string) => void;
}) {
  const dark = useComputedColorScheme('light') === 'dark';
  const option = useMemo(
    () => buildKpiChartOption({ points, unit, baseline, targets, thresholds, selected, dark }),
    [points, unit, baseline, targets, thresholds, selected, dark],
  );
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) {
    return (
      <Center h={200}>
        <Text c="dimmed" size="sm">
          No periods in this range.
        </Text>
      </Center>
    );
  }
  const withValue = points.filter((p) => p.value !== null).length;
  return (
    <EChart
      option={option}
      height={380}
      label={`${name}: values, target and score from ${periodLabel(first.period)} to ${periodLabel(last.period)}; ${withValue} of ${points.length} periods have a value. The table below lists them.`}
      onPointClick={({ dataIndex }) => {
        const point = points[dataIndex];
        if (point) onSelect(point.period);
      }}
    />
  );
}

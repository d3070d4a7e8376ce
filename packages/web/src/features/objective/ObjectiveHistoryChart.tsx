import { Center, Text, useComputedColorScheme } from '@mantine/core';
import { useMemo } from 'react';
import type { HistoryPoint, Thresholds } from '../../api/types.ts';
import { EChart } from '../../components/charts/EChart.tsx';
import { periodLabel } from '../../lib/periods.ts';
import { buildObjectiveChartOption } from './objective-chart-option.ts';

export function ObjectiveHistoryChart({
  name,
  points,
  thresholds,
  selected,
  onSelect,
}: {
  name: string;
  points: readonly HistoryPoint[];
  thresholds: Thresholds;
  selected: string | null;
  onSelect: (period: string) => void;
}) {
  const dark = useComputedColorScheme('light') === 'dark';
  const option = useMemo(
    () => buildObjectiveChartOption({ points, thresholds, selected, dark }),
    [points, thresholds, selected, dark],
  );
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) {
    return (
      <Center h={160}>
        <Text size="sm" c="dimmed">
          No periods in this range.
        </Text>
      </Center>
    );
  }
  const scored = points.filter((p) => p.score !== null).length;
  return (
    <EChart
      option={option}
      height={260}
      label={`${name}: roll-up score from ${periodLabel(first.period)} to ${periodLabel(last.period)}; ${scored} of ${points.length} periods scored.`}
      onPointClick={({ dataIndex }) => {
        const point = points[dataIndex];
        if (point) onSelect(point.period);
      }}
    />
  );
}

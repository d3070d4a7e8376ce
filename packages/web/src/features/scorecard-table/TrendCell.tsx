import { Group, Text, Tooltip } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { formatScore } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';
import { Sparkline } from '../../components/charts/Sparkline.tsx';
import { trendDirection, type Series } from './trend.ts';

const ARROWS = {
  up: { Icon: IconArrowUpRight, word: 'Up', color: 'teal' },
  down: { Icon: IconArrowDownRight, word: 'Down', color: 'red' },
  flat: { Icon: IconArrowRight, word: 'Flat', color: 'dimmed' },
} as const;

/** Arrow from the last two scores, plus a sparkline of the recent periods. */
export function TrendCell({
  series,
  periods,
}: {
  series: Series | undefined;
  periods: readonly string[];
}) {
  const direction = trendDirection(series);
  if (!series || series.every((s) => s === null)) {
    return (
      <Text size="xs" c="dimmed">
        –
      </Text>
    );
  }
  const history = series
    .map((score, i) => `${periodLabel(periods[i] ?? '')}: ${formatScore(score)}`)
    .join(' · ');
  const arrow = direction ? ARROWS[direction] : null;
  return (
    <Tooltip label={history} multiline maw={320} withArrow openDelay={300}>
      <Group
        gap={4}
        wrap="nowrap"
        aria-label={`Trend ${arrow ? arrow.word.toLowerCase() : 'unknown'}: ${history}`}
        tabIndex={0}
      >
        {arrow ? (
          <Text span c={arrow.color} lh={0}>
            <arrow.Icon size={16} aria-hidden />
          </Text>
        ) : (
          <Text span size="xs" c="dimmed" w={16} ta="center">
            –
          </Text>
        )}
        <Sparkline series={series} width={48} height={18} endDot={false} decorative />
      </Group>
    </Tooltip>
  );
}

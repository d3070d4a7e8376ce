import { Group, RingProgress, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { SeverityCounts } from './grouping.ts';
import {
  FAIR_FROM,
  formatQuality,
  GOOD_FROM,
  QUALITY_COLOR,
  QUALITY_LABEL,
  qualityLevel,
  type QualityLevel,
} from './quality-level.ts';
import { describeCounts } from './severity.ts';

const ICON: Record<QualityLevel, typeof IconCircleCheck> = {
  good: IconCircleCheck,
  fair: IconAlertCircle,
  poor: IconCircleX,
};

/** The 0–100 quality score as a ring with the number and a word (Good / Fair / Poor). */
export function QualityScoreRing({
  score,
  counts,
  size = 96,
}: {
  score: number;
  counts: SeverityCounts;
  size?: number;
}) {
  const level = qualityLevel(score);
  const Icon = ICON[level];
  const color = QUALITY_COLOR[level];
  return (
    <Group gap="md" wrap="nowrap">
      <RingProgress
        size={size}
        thickness={Math.round(size / 11)}
        roundCaps
        sections={[{ value: Math.max(score, 0.5), color }]}
        rootColor="var(--mantine-color-default-border)"
        role="img"
        aria-label={`Quality score ${score} of 100: ${QUALITY_LABEL[level]}`}
        label={
          <Stack gap={0} align="center">
            <Text fw={700} fz={size / (formatQuality(score).length > 2 ? 4.4 : 3.6)} lh={1}>
              {formatQuality(score)}
            </Text>
            <Text fz={11} c="dimmed" lh={1.4}>
              of 100
            </Text>
          </Stack>
        }
      />
      <Stack gap={4}>
        <Tooltip label={`Good from ${GOOD_FROM}, Fair from ${FAIR_FROM}, Poor below ${FAIR_FROM}`}>
          <Group gap={6} wrap="nowrap" w="fit-content" tabIndex={0}>
            <Icon size={20} color={`var(--mantine-color-${color}-filled)`} aria-hidden />
            <Text fw={650} size="lg" data-testid="quality-level">
              {QUALITY_LABEL[level]}
            </Text>
          </Group>
        </Tooltip>
        <Text size="sm" c="dimmed">
          Strategy quality · {describeCounts(counts)}
        </Text>
      </Stack>
    </Group>
  );
}

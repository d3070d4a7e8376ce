import { Group, Progress, Stack, Text } from '@mantine/core';
import { CATEGORIES, type CategoryScore } from './lint-report.ts';
import { categoryLevel, formatPoints, QUALITY_COLOR } from './quality-level.ts';
import { categoryLabel } from './rule-meta.ts';

/** Each category's share of the score: points kept out of its budget. */
export function CategoryBars({ categories }: { categories: readonly CategoryScore[] }) {
  const order: readonly string[] = CATEGORIES;
  const sorted = [...categories].sort(
    (a, b) => order.indexOf(a.category) - order.indexOf(b.category),
  );
  return (
    <Stack gap={8}>
      {sorted.map((c) => {
        const label = categoryLabel(c.category);
        const points = `${formatPoints(c.score)} / ${formatPoints(c.budget)}`;
        return (
          <Stack key={c.category} gap={3}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{label}</Text>
              <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {points}
              </Text>
            </Group>
            <Progress
              size="sm"
              value={c.budget > 0 ? (100 * c.score) / c.budget : 100}
              color={QUALITY_COLOR[categoryLevel(c.score, c.budget)]}
              aria-label={`${label}: ${points} points`}
            />
          </Stack>
        );
      })}
    </Stack>
  );
}

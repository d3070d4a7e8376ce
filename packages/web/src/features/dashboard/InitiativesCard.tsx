import { Anchor, Badge, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconRocket } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { InitiativeRecord } from '../../api/types.ts';
import { formatNumber, formatScore } from '../../lib/format.ts';
import {
  INITIATIVE_STATUS_COLOR,
  INITIATIVE_STATUS_LABEL,
} from '../objective/initiative-status.ts';
import { sortInitiatives, summarizeInitiatives } from './dashboard-data.ts';

const SHOWN = 6;

/** Initiatives: how many per status, budget against spent, and each one's progress. */
export function InitiativesCard({
  initiatives,
  objectiveHref,
}: {
  initiatives: readonly InitiativeRecord[];
  objectiveHref: (objective: string) => string;
}) {
  const summary = summarizeInitiatives(initiatives);
  const shown = sortInitiatives(initiatives).slice(0, SHOWN);
  const spentShare = summary.budget > 0 ? summary.spent / summary.budget : null;
  return (
    <Card withBorder padding="md" radius="md">
      <Group justify="space-between" mb="xs">
        <Group gap={6}>
          <IconRocket size={18} aria-hidden />
          <Title order={4}>Initiatives</Title>
        </Group>
        <Text size="sm" c="dimmed">
          {summary.total}
        </Text>
      </Group>
      {summary.total === 0 ? (
        <Text size="sm" c="dimmed">
          No initiatives yet: add them on an objective's page.
        </Text>
      ) : (
        <Stack gap="sm">
          <Group gap={6}>
            {summary.byStatus.map(({ status, count }) => (
              <Badge key={status} variant="light" color={INITIATIVE_STATUS_COLOR[status] ?? 'gray'}>
                {count} {INITIATIVE_STATUS_LABEL[status] ?? status}
              </Badge>
            ))}
          </Group>
          {summary.budget > 0 && (
            <Stack gap={4}>
              <Group justify="space-between">
                <Text size="sm">
                  Spent {formatNumber(summary.spent)} of {formatNumber(summary.budget)} budget
                </Text>
                <Text size="sm" c={spentShare !== null && spentShare > 1 ? 'red' : 'dimmed'}>
                  {formatScore(spentShare)}
                </Text>
              </Group>
              <Progress
                value={Math.min(100, (spentShare ?? 0) * 100)}
                color={spentShare !== null && spentShare > 1 ? 'red' : 'indigo'}
                aria-label={`Spent ${formatScore(spentShare)} of the budget`}
              />
            </Stack>
          )}
          <Stack gap={8}>
            {shown.map((i) => (
              <Stack key={i.id} gap={2}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Anchor component={Link} to={objectiveHref(i.objective)} size="sm" truncate>
                    {i.name}
                  </Anchor>
                  <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                    <Badge
                      size="xs"
                      variant="light"
                      color={INITIATIVE_STATUS_COLOR[i.status] ?? 'gray'}
                    >
                      {INITIATIVE_STATUS_LABEL[i.status] ?? i.status}
                    </Badge>
                    <Text size="xs" c="dimmed" w={36} ta="right">
                      {formatScore(i.progress)}
                    </Text>
                  </Group>
                </Group>
                <Progress
                  size="sm"
                  value={(i.progress ?? 0) * 100}
                  color={INITIATIVE_STATUS_COLOR[i.status] ?? 'gray'}
                  aria-label={`${i.name}: ${formatScore(i.progress)} done`}
                />
                <Text size="xs" c="dimmed">
                  {i.owner ?? 'No owner'}
                  {i.due ? ` · due ${i.due}` : ''}
                  {i.budget !== null
                    ? ` · ${formatNumber(i.spent ?? 0)} of ${formatNumber(i.budget)} spent`
                    : ''}
                </Text>
              </Stack>
            ))}
            {initiatives.length > SHOWN && (
              <Text size="xs" c="dimmed">
                and {initiatives.length - SHOWN} more, on their objectives' pages
              </Text>
            )}
          </Stack>
        </Stack>
      )}
    </Card>
  );
}

import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatValue } from '../../lib/format.ts';
import type { KpiItem } from './dashboard-data.ts';

/** A short list of KPIs, each linking to its page, with its value and status. */
export function KpiListCard({
  title,
  icon,
  items,
  total,
  empty,
  href,
  moreHref,
  aside,
}: {
  title: string;
  icon: ReactNode;
  items: readonly KpiItem[];
  /** How many there are in all (the list may show fewer). */
  total: number;
  empty: string;
  href: (kpi: string) => string;
  moreHref: string;
  /** Replaces the value shown before the status (e.g. the last value's period). */
  aside?: (item: KpiItem) => ReactNode;
}) {
  return (
    <Card withBorder padding="md" radius="md" h="100%">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          {icon}
          <Title order={4}>{title}</Title>
        </Group>
        <Text size="sm" c="dimmed">
          {total}
        </Text>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={6}>
          {items.map((item) => (
            <Group key={item.kpi.id} justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={href(item.kpi.id)} size="sm" fw={500} truncate>
                  {item.kpi.name}
                </Anchor>
                <Text size="xs" c="dimmed" truncate>
                  {item.objective.name}
                </Text>
              </Stack>
              <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                {aside ? (
                  aside(item)
                ) : (
                  <Text size="sm">{formatValue(item.kpi.value, item.kpi.unit)}</Text>
                )}
                <StatusBadge
                  status={item.kpi.status}
                  score={item.kpi.score ?? undefined}
                  size="sm"
                  tt="none"
                />
              </Group>
            </Group>
          ))}
          {total > items.length && (
            <Anchor component={Link} to={moreHref} size="sm">
              All {total} in the scorecard table
            </Anchor>
          )}
        </Stack>
      )}
    </Card>
  );
}

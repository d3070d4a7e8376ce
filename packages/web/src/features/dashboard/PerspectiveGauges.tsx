import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PerspectiveScore, Thresholds } from '../../api/types.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatScore, STATUS_LABEL } from '../../lib/format.ts';
import { Gauge } from './Gauge.tsx';

/** One dial per perspective, the status in words beside it; each links to its rows in the table. */
export function PerspectiveGauges({
  perspectives,
  thresholds,
  tableHref,
}: {
  perspectives: readonly PerspectiveScore[];
  thresholds: Thresholds;
  tableHref: (perspective: string) => string;
}) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: Math.min(4, Math.max(1, perspectives.length)) }}>
      {perspectives.map((p) => (
        <Card key={p.id} withBorder padding="sm" radius="md">
          <Stack gap={4}>
            <Anchor component={Link} to={tableHref(p.id)} fw={600} size="sm" c="inherit">
              {p.name}
            </Anchor>
            <Gauge
              score={p.score}
              status={p.status}
              thresholds={thresholds}
              label={`${p.name}: ${formatScore(p.score)}, ${STATUS_LABEL[p.status]}`}
            />
            <Group justify="space-between" gap="xs" mt={-8}>
              <StatusBadge status={p.status} tt="none" />
              <Text size="xs" c="dimmed">
                {p.coverage.scored} of {p.coverage.total} objectives scored
              </Text>
            </Group>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

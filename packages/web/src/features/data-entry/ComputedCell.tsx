import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCalculator } from '@tabler/icons-react';
import { formatValue } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';
import type { EntryRow } from './entry-rows.ts';

/** A calculated KPI's value cell: what its formula gives, read-only (there is nothing to type). */
export function ComputedCell({ row }: { row: EntryRow }) {
  const computed = row.computed;
  return (
    <Stack gap={0} align="flex-end" data-testid="computed-value">
      <Group gap={6} wrap="nowrap">
        <Tooltip label="Computed from its formula: enter the values of its inputs instead">
          <Badge
            size="xs"
            variant="light"
            color="grape"
            leftSection={<IconCalculator size={10} />}
            tt="none"
          >
            calculated
          </Badge>
        </Tooltip>
        <Text size="sm" fw={500} aria-label={`Computed value of ${row.name}`}>
          {formatValue(computed?.value, row.unit)}
        </Text>
      </Group>
      {computed && (
        <Text size="xs" c="dimmed">
          {periodLabel(computed.period)}
          {computed.stale ? ' · an input carried forward' : ''}
        </Text>
      )}
    </Stack>
  );
}

import { Badge, Group } from '@mantine/core';
import { IconClockExclamation, IconHistory } from '@tabler/icons-react';

/** The score tree's overdue and stale flags, each an icon and a word. */
export function FlagsCell({ overdue, stale }: { overdue: boolean; stale: boolean }) {
  if (!overdue && !stale) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {overdue && (
        <Badge
          size="sm"
          variant="light"
          color="orange"
          leftSection={<IconClockExclamation size={12} aria-hidden />}
          title="The latest value is older than one reporting step"
        >
          Overdue
        </Badge>
      )}
      {stale && (
        <Badge
          size="sm"
          variant="light"
          color="gray"
          leftSection={<IconHistory size={12} aria-hidden />}
          title="No value in this period: an earlier value is carried forward"
        >
          Stale
        </Badge>
      )}
    </Group>
  );
}

import { Text, Timeline } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { StoredValue } from '../../api/types.ts';
import { formatDateTime, formatValue } from '../../lib/format.ts';
import { OPERATION_LABEL, type ValueChange } from './value-changes.ts';

const ICON = { create: IconPlus, update: IconPencil, delete: IconTrash } as const;

/** Who changed a period's value, when, and from what to what (the change log, newest first). */
export function ValueHistory({
  changes,
  stored,
  unit,
  label,
}: {
  changes: readonly ValueChange[];
  stored: StoredValue | null;
  unit: string | null;
  label: string;
}) {
  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed" py={4}>
        No logged changes for {label}.
        {stored &&
          ` The value ${formatValue(stored.value, unit)} was written by ${stored.author ?? 'unknown'} on ${formatDateTime(stored.updatedAt)}, before the change log recorded it.`}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={20} lineWidth={2} py={4} aria-label={`Changes to the value for ${label}`}>
      {changes.map((c) => {
        const Icon = ICON[c.operation];
        return (
          <Timeline.Item
            key={c.id}
            bullet={<Icon size={12} aria-hidden />}
            title={
              <Text size="sm" fw={500} title={c.account?.email ?? undefined}>
                {`${c.account?.name ?? c.actor ?? 'unknown'} ${OPERATION_LABEL[c.operation]} the value`}
              </Text>
            }
          >
            <Text size="sm">
              {c.before}{' '}
              <Text span c="dimmed">
                →
              </Text>{' '}
              {c.after}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(c.at)}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

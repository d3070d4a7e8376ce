import { Button, Chip, CloseButton, Group, Text, TextInput } from '@mantine/core';
import { IconClockExclamation, IconFold, IconFoldDown, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Status } from '../../api/types.ts';
import { StatusIcon } from '../../components/StatusBadge.tsx';
import { STATUS_COLOR, STATUS_LABEL } from '../../lib/format.ts';
import type { Filter } from './table-view.ts';

const STATUS_CHIPS: readonly Status[] = ['red', 'amber', 'green', 'none'];

interface TableToolbarProps {
  readonly filter: Filter;
  readonly onFilter: (filter: Filter) => void;
  readonly onExpandAll: () => void;
  readonly onCollapseAll: () => void;
  readonly canFold: boolean;
  readonly shown: number;
  readonly total: number;
}

/** Name search, status chips, "overdue only", and expand/collapse all. */
export function TableToolbar({
  filter,
  onFilter,
  onExpandAll,
  onCollapseAll,
  canFold,
  shown,
  total,
}: TableToolbarProps) {
  // Typing stays local and instant; the URL follows a moment later.
  const [text, setText] = useState(filter.text);
  const [synced, setSynced] = useState(filter.text);
  if (filter.text !== synced) {
    // The URL changed from elsewhere (back button, a shared link): show what it says.
    setSynced(filter.text);
    setText(filter.text);
  }
  useEffect(() => {
    if (text === filter.text) return;
    const timer = setTimeout(() => onFilter({ ...filter, text }), 200);
    return () => clearTimeout(timer);
  }, [text, filter, onFilter]);

  return (
    <Group justify="space-between" align="center" gap="sm" mb="sm">
      <Group gap="sm" align="center">
        <TextInput
          size="xs"
          w={220}
          placeholder="Filter by name"
          aria-label="Filter by name"
          leftSection={<IconSearch size={14} aria-hidden />}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          rightSection={
            text ? (
              <CloseButton
                size="sm"
                aria-label="Clear the name filter"
                onClick={() => setText('')}
              />
            ) : null
          }
        />
        <Chip.Group
          multiple
          value={[...filter.statuses]}
          onChange={(values) => onFilter({ ...filter, statuses: values })}
        >
          <Group gap={6} role="group" aria-label="Show statuses">
            {STATUS_CHIPS.map((status) => (
              <Chip
                key={status}
                value={status}
                size="xs"
                variant="outline"
                color={STATUS_COLOR[status]}
                icon={<StatusIcon status={status} size={12} />}
              >
                {STATUS_LABEL[status]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Chip
          size="xs"
          variant="outline"
          color="orange"
          checked={filter.overdueOnly}
          onChange={(checked) => onFilter({ ...filter, overdueOnly: checked })}
          icon={<IconClockExclamation size={12} />}
        >
          Overdue only
        </Chip>
      </Group>
      <Group gap="xs" align="center">
        <Text size="xs" c="dimmed" aria-live="polite">
          {shown === total ? `${total} rows` : `${shown} of ${total} rows`}
        </Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFoldDown size={14} />}
          onClick={onExpandAll}
          disabled={!canFold}
        >
          Expand all
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFold size={14} />}
          onClick={onCollapseAll}
          disabled={!canFold}
        >
          Collapse all
        </Button>
      </Group>
    </Group>
  );
}

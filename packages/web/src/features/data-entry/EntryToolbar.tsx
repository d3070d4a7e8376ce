import { Button, Group, Select, Switch, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { NO_OWNER } from './entry-rows.ts';

const ALL = 'all';

interface EntryToolbarProps {
  readonly owner: string | null;
  readonly owners: readonly string[];
  readonly onOwner: (owner: string | null) => void;
  readonly includeNotDue: boolean;
  /** KPIs of the chosen owner that are not due this period. */
  readonly notDue: number;
  readonly onIncludeNotDue: (include: boolean) => void;
  /** Changed cells that will be sent. */
  readonly changes: number;
  /** Cells with an error, which will not be sent. */
  readonly invalid: number;
  readonly result: { readonly created: number; readonly updated: number } | null;
  readonly saving: boolean;
  readonly onDiscard: () => void;
  readonly onSave: () => void;
}

/**
 * Owner filter, "not due" switch and "Save all". Sticks under the header while 300 rows scroll,
 * so saving is always at hand.
 */
export function EntryToolbar(props: EntryToolbarProps) {
  const unsaved = props.changes > 0;
  return (
    <Group
      justify="space-between"
      align="flex-end"
      py={6}
      style={{
        position: 'sticky',
        top: 'var(--app-shell-header-height, 56px)',
        zIndex: 3,
        background: 'var(--mantine-color-body)',
      }}
    >
      <Group gap="md" align="flex-end">
        <Select
          label="Owner"
          size="xs"
          w={220}
          allowDeselect={false}
          value={props.owner ?? ALL}
          onChange={(value) => props.onOwner(value === ALL ? null : value)}
          data={[
            { value: ALL, label: 'All owners' },
            ...props.owners.map((o) => ({ value: o, label: o })),
            { value: NO_OWNER, label: 'No owner' },
          ]}
          searchable={props.owners.length > 10}
        />
        <Switch
          size="sm"
          mb={4}
          label={`Include KPIs not due this period (${props.notDue})`}
          checked={props.includeNotDue}
          onChange={(event) => props.onIncludeNotDue(event.currentTarget.checked)}
          disabled={props.notDue === 0 && !props.includeNotDue}
        />
      </Group>
      <Group gap="xs" align="center">
        {props.result && !unsaved && (
          <Text size="sm" c="dimmed" aria-live="polite">
            Saved: {props.result.created} new, {props.result.updated} changed
          </Text>
        )}
        {props.invalid > 0 && (
          <Text size="sm" c="red">
            {props.invalid} cell(s) with errors will not be sent
          </Text>
        )}
        <Button
          variant="default"
          disabled={!unsaved && props.invalid === 0}
          onClick={props.onDiscard}
        >
          Discard
        </Button>
        <Button
          leftSection={<IconDeviceFloppy size={16} />}
          disabled={!unsaved}
          loading={props.saving}
          onClick={props.onSave}
        >
          {unsaved ? `Save all (${props.changes})` : 'Save all'}
        </Button>
      </Group>
    </Group>
  );
}

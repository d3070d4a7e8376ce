import { ActionIcon, Box, Button, Group, Indicator, Popover, Text, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconCheck,
  IconHelpCircle,
  IconHistory,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';

/**
 * A value row's buttons: save and undo while edited, explain the period's score, its change
 * history (with the number of logged changes), and delete after a confirmation.
 */
export function ValueRowActions({
  label,
  dirty,
  saving,
  deleting,
  stored,
  changes,
  expanded,
  onSave,
  onRevert,
  onExplain,
  onToggleHistory,
  onDelete,
}: {
  label: string;
  dirty: boolean;
  saving: boolean;
  deleting: boolean;
  /** Whether the period has a stored value (only then can it be deleted). */
  stored: boolean;
  /** How many logged changes the period has. */
  changes: number;
  expanded: boolean;
  onSave: () => void;
  onRevert: () => void;
  onExplain: () => void;
  onToggleHistory: () => void;
  onDelete: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <Group gap={2} wrap="nowrap" justify="flex-end">
      {dirty && (
        <>
          <Tooltip label="Save (Enter)">
            <ActionIcon
              variant="filled"
              size="sm"
              loading={saving}
              aria-label={`Save value for ${label}`}
              onClick={onSave}
            >
              <IconCheck size={14} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Undo edit (Escape)">
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={`Undo edit for ${label}`}
              onClick={onRevert}
            >
              <IconArrowBackUp size={14} />
            </ActionIcon>
          </Tooltip>
        </>
      )}
      <Tooltip label="How is this scored?">
        <ActionIcon
          variant="subtle"
          size="sm"
          color="gray"
          aria-label={`Explain the score for ${label}`}
          onClick={onExplain}
        >
          <IconHelpCircle size={14} />
        </ActionIcon>
      </Tooltip>
      <Tooltip
        label={
          changes === 0 ? 'Change history' : `${changes} logged change${changes === 1 ? '' : 's'}`
        }
      >
        <Indicator disabled={changes === 0} label={changes} size={14} offset={3} color="gray">
          <ActionIcon
            variant={expanded ? 'light' : 'subtle'}
            size="sm"
            color="gray"
            aria-label={`Change history for ${label}`}
            aria-expanded={expanded}
            onClick={onToggleHistory}
          >
            <IconHistory size={14} />
          </ActionIcon>
        </Indicator>
      </Tooltip>
      {stored ? (
        <Popover opened={confirming} onChange={setConfirming} position="left" withArrow trapFocus>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              size="sm"
              color="red"
              loading={deleting}
              aria-label={`Delete value for ${label}`}
              onClick={() => setConfirming((o) => !o)}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <Text size="sm" mb="xs">
              Delete the value for {label}? The change log keeps it.
            </Text>
            <Group gap="xs" justify="flex-end">
              <Button
                size="xs"
                variant="default"
                data-autofocus
                onClick={() => setConfirming(false)}
              >
                Cancel
              </Button>
              <Button
                size="xs"
                color="red"
                onClick={() => {
                  setConfirming(false);
                  onDelete();
                }}
              >
                Delete
              </Button>
            </Group>
          </Popover.Dropdown>
        </Popover>
      ) : (
        // Keeps the columns of icons aligned on rows without a value.
        <Box w={22} aria-hidden />
      )}
    </Group>
  );
}

import { Button, Group, Text } from '@mantine/core';
import { IconArrowBackUp, IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';

interface FixedNoticeProps {
  readonly done: string;
  /** Absent when the change log did not list the fix, so it cannot be undone from here. */
  readonly onUndo: (() => Promise<void>) | null;
  readonly open: { readonly label: string; readonly go: () => void } | null;
}

/**
 * The body of the "Fixed" notification. It renders outside the router and the query client
 * (notifications live beside them), so everything it does comes in as callbacks.
 */
export function FixedNotice({ done, onUndo, open }: FixedNoticeProps) {
  const [undoing, setUndoing] = useState(false);
  return (
    <>
      <Text size="sm">{done}</Text>
      {onUndo === null && (
        <Text size="xs" c="dimmed">
          Undo is not available here: the change log did not list this fix.
        </Text>
      )}
      <Group gap="xs" mt={6}>
        {onUndo && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconArrowBackUp size={14} />}
            loading={undoing}
            onClick={() => {
              setUndoing(true);
              void onUndo().finally(() => setUndoing(false));
            }}
          >
            Undo
          </Button>
        )}
        {open && (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconExternalLink size={14} />}
            onClick={open.go}
          >
            {open.label}
          </Button>
        )}
      </Group>
    </>
  );
}

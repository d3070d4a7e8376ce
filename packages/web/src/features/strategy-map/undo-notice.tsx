import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { describeError } from '../../api/describe-error.ts';
import { undoBatch } from './undo.ts';

export interface DeletedEntity {
  readonly ws: string;
  readonly sc: string;
  readonly entityType: 'objective' | 'link';
  readonly entityKey: string;
  /** What the user calls it: the objective's name, "cause → effect". */
  readonly label: string;
  /** The edit batch the delete made: Undo reverts exactly it. */
  readonly batch: string;
  /** Refreshes the map after the undo. */
  readonly onRestored: () => void;
}

/** "Deleted X [Undo]" for ten seconds; Undo reverts the delete's edit batch. */
export function showUndoNotice(deleted: DeletedEntity): void {
  const id = `undo-${deleted.entityType}-${deleted.entityKey}-${deleted.batch}`;
  const undo = () => {
    notifications.hide(id);
    undoBatch(deleted.ws, deleted.batch)
      .then(() => {
        deleted.onRestored();
        notifications.show({ color: 'green', message: `Restored “${deleted.label}”` });
      })
      .catch((error: unknown) =>
        notifications.show({
          color: 'red',
          title: 'Could not undo',
          message: describeError(error),
          autoClose: 8000,
        }),
      );
  };
  notifications.show({
    id,
    title: deleted.entityType === 'objective' ? 'Objective deleted' : 'Link deleted',
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" lineClamp={2}>
          {deleted.label}
        </Text>
        <Button size="compact-sm" variant="light" onClick={undo}>
          Undo
        </Button>
      </Group>
    ),
  });
}

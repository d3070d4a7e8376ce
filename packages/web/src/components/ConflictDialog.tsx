import { Button, Group, Modal, Table, Text } from '@mantine/core';

export interface Conflict {
  /** What the user tried to save (only the fields they changed). */
  readonly mine: Readonly<Record<string, unknown>>;
  /** The entity as it is now on the server (the 409's `current`). */
  readonly theirs: Readonly<Record<string, unknown>>;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The fields the user changed whose server value now differs from what they wanted. */
export function conflictingFields(conflict: Conflict): string[] {
  return Object.keys(conflict.mine).filter(
    (key) => key !== 'version' && show(conflict.mine[key]) !== show(conflict.theirs[key]),
  );
}

/**
 * A stale edit (HTTP 409): someone saved this entity since it was loaded. Shows, field by field,
 * what the user wanted and what is there now, and lets them overwrite with their version (based
 * on the current one) or keep the other person's.
 */
export function ConflictDialog({
  conflict,
  onKeepMine,
  onUseTheirs,
}: {
  conflict: Conflict | null;
  /** Re-send the user's change based on the current version. */
  onKeepMine: (currentVersion: number) => void;
  onUseTheirs: () => void;
}) {
  const fields = conflict ? conflictingFields(conflict) : [];
  const version = conflict ? Number(conflict.theirs['version']) : 0;
  return (
    <Modal
      opened={conflict !== null}
      onClose={onUseTheirs}
      title="Someone else changed this meanwhile"
      size="lg"
    >
      <Text size="sm" mb="sm">
        Your change was not saved, because this was edited after you opened it. Compare and choose
        which version to keep.
      </Text>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Field</Table.Th>
            <Table.Th>Yours</Table.Th>
            <Table.Th>Now saved</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={3}>
                <Text size="sm" c="dimmed">
                  Other fields changed; your fields hold the same values.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {fields.map((field) => (
            <Table.Tr key={field}>
              <Table.Td fw={500}>{field}</Table.Td>
              <Table.Td>{show(conflict?.mine[field])}</Table.Td>
              <Table.Td>{show(conflict?.theirs[field])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onUseTheirs}>
          Keep theirs
        </Button>
        <Button onClick={() => onKeepMine(version)}>Overwrite with mine</Button>
      </Group>
    </Modal>
  );
}

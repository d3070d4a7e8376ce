import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { createObjectiveInput } from '@bearing/core';
import { useState, type SyntheticEvent } from 'react';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from './form-errors.ts';
import { uniqueObjectiveId } from './objective-ids.ts';
import type { NewObjective } from './use-map-edits.ts';

export interface AddObjectiveTarget {
  readonly laneId: string;
  readonly laneName: string;
}

/** Name and (optionally) owner of a new objective in one perspective. */
export function AddObjectiveDialog({
  target,
  takenIds,
  onSubmit,
  onClose,
}: {
  target: AddObjectiveTarget | null;
  takenIds: readonly string[];
  onSubmit: (objective: NewObjective) => Promise<unknown>;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target ? `Add objective to ${target.laneName}` : ''}
    >
      {target && (
        <AddObjectiveForm
          target={target}
          takenIds={takenIds}
          onSubmit={onSubmit}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function AddObjectiveForm({
  target,
  takenIds,
  onSubmit,
  onClose,
}: {
  target: AddObjectiveTarget;
  takenIds: readonly string[];
  onSubmit: (objective: NewObjective) => Promise<unknown>;
  onClose: () => void;
}) {
  const [name, setName] = useState('');
  const [owner, setOwner] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const input = {
      id: uniqueObjectiveId(name, takenIds),
      name,
      perspective: target.laneId,
      ...(owner.trim() ? { owner: owner.trim() } : {}),
    };
    const parsed = createObjectiveInput.safeParse(input);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues));
      return;
    }
    setSaving(true);
    try {
      await onSubmit({ ...input, name: parsed.data.name });
      onClose();
    } catch (error) {
      setErrors(apiFieldErrors(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Name"
          description="What must go right, e.g. “Reduce the cost of returns”"
          required
          data-autofocus
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors['name'] ?? errors['id']}
        />
        <TextInput
          label="Owner"
          description="Optional: who answers for it"
          value={owner}
          onChange={(event) => setOwner(event.currentTarget.value)}
          error={errors['owner']}
        />
        {errors[''] && (
          <Text size="sm" c="red" role="alert">
            {errors['']}
          </Text>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Add objective
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { request } from '../../api/client.ts';
import { useWrite } from '../../api/mutations.ts';
import { paths } from '../../api/paths.ts';
import type { InitiativeRecord } from '../../api/types.ts';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { useCreateForm } from '../../components/forms/use-create-form.ts';
import { useVersionedForm } from '../../components/forms/use-versioned-form.ts';
import { InitiativeFields } from './InitiativeFields.tsx';
import {
  EMPTY_INITIATIVE,
  initiativePatch,
  initiativeToValues,
  newInitiativeInput,
  validateInitiativePatch,
  validateNewInitiative,
  type InitiativeValues,
} from './initiative-form.ts';

interface Props {
  readonly ws: string;
  readonly sc: string;
  readonly onClose: () => void;
}

function AddInitiative({ ws, sc, objective, onClose }: Props & { objective: string }) {
  const form = useCreateForm<InitiativeValues, InitiativeRecord>({
    ws,
    initial: EMPTY_INITIATIVE,
    toInput: (v) => newInitiativeInput(objective, v),
    validate: validateNewInitiative,
    write: (body) => request<InitiativeRecord>(paths.initiatives(ws, sc), { method: 'POST', body }),
    success: 'Initiative added',
    aliases: { id: 'name' },
    onCreated: onClose,
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        form.submit();
      }}
    >
      <Stack gap="md">
        <InitiativeFields values={form.values} errors={form.errors} setField={form.setField} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={form.saving}>
            Add initiative
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditInitiative({ ws, sc, initiative, onClose }: Props & { initiative: InitiativeRecord }) {
  const url = paths.initiative(ws, sc, initiative.id);
  const form = useVersionedForm({
    ws,
    record: initiative,
    toValues: initiativeToValues,
    toPatch: initiativePatch,
    validate: validateInitiativePatch,
    write: (patch, version) =>
      request<InitiativeRecord>(url, { method: 'PATCH', body: patch, version }),
    success: 'Initiative saved',
  });
  const remove = useWrite<number, undefined>(
    ws,
    (version) => request<undefined>(url, { method: 'DELETE', version }),
    { success: 'Initiative deleted' },
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        form.save();
      }}
    >
      <Stack gap="md">
        <InitiativeFields values={form.values} errors={form.errors} setField={form.setField} />
        <Group justify="space-between" gap="xs">
          <Button
            color="red"
            variant="subtle"
            loading={remove.isPending}
            onClick={() => remove.mutate(initiative.version, { onSuccess: onClose })}
          >
            Delete initiative
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button type="submit" disabled={!form.dirty} loading={form.saving}>
              Save
            </Button>
          </Group>
        </Group>
      </Stack>
      <ConflictDialog
        conflict={form.conflict}
        onKeepMine={form.overwrite}
        onUseTheirs={form.keepTheirs}
      />
    </form>
  );
}

/** Adds an initiative to the objective, or edits (or deletes) one. */
export function InitiativeModal({
  ws,
  sc,
  objective,
  initiative,
  opened,
  onClose,
}: Props & { objective: string; initiative: InitiativeRecord | null; opened: boolean }) {
  // While the modal fades out the URL no longer names what it showed: keep showing that, so
  // an edit form does not turn into the add form on its way out.
  const [shown, setShown] = useState(initiative);
  if (opened && shown !== initiative) setShown(initiative);
  const current = opened ? initiative : shown;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={current ? `Initiative: ${current.name}` : 'Add an initiative'}
      size="lg"
    >
      {current ? (
        <EditInitiative key={current.id} ws={ws} sc={sc} initiative={current} onClose={onClose} />
      ) : (
        <AddInitiative ws={ws} sc={sc} objective={objective} onClose={onClose} />
      )}
    </Modal>
  );
}

import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { request } from '../../api/client.ts';
import { useWrite } from '../../api/mutations.ts';
import { paths } from '../../api/paths.ts';
import {
  buildNewScorecard,
  serverFieldErrors,
  suggestedId,
  type FieldErrors,
  type NewScorecardBody,
} from './new-scorecard.ts';

/** Name and id of a new scorecard; it opens on its strategy map once created. */
export function NewScorecardModal({
  ws,
  opened,
  onClose,
}: {
  ws: string;
  opened: boolean;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [idTouched, setIdTouched] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useWrite(
    ws,
    (body: NewScorecardBody) =>
      request<{ id: string }>(paths.scorecards(ws), { method: 'POST', body }),
    { success: 'Scorecard created' },
  );
  const shownId = idTouched ? id : suggestedId(name);

  const close = () => {
    setName('');
    setId('');
    setIdTouched(false);
    setErrors({});
    onClose();
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const built = buildNewScorecard({ id: shownId, name });
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    try {
      const created = await create.mutateAsync(built.body);
      close();
      void navigate(`/w/${encodeURIComponent(ws)}/s/${encodeURIComponent(created.id)}/map`);
    } catch (error) {
      setErrors(serverFieldErrors(error));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="New scorecard">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Name"
            placeholder="Sales department scorecard"
            required
            data-autofocus
            value={name}
            error={errors.name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setErrors({});
            }}
          />
          <TextInput
            label="Id"
            description="Used in links and the strategy file: letters, digits, '.', '_' or '-'"
            required
            value={shownId}
            error={errors.id}
            onChange={(event) => {
              setId(event.currentTarget.value);
              setIdTouched(true);
              setErrors({});
            }}
          />
          {errors.form && (
            <Alert color="red" role="alert">
              {errors.form}
            </Alert>
          )}
          <Alert color="gray" variant="light">
            It starts with the four classic perspectives: Financial, Customer, Internal Processes,
            Learning and Growth.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create scorecard
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

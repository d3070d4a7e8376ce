import { Alert, Button, Divider, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconArrowRight, IconFolderPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../api/describe-error.ts';
import { queryKeys, useWorkspaces } from '../../api/queries.ts';
import { createWorkspace, type FieldErrors } from './create-workspace.ts';
import { suggestWorkspaceKey } from './workspace-key.ts';

export interface DuplicateInfo {
  /** The workspace that already has the scorecard. */
  readonly ws: string;
  /** The scorecard id that is taken ('' when the server did not say). */
  readonly scorecard: string;
  /** A name for a new workspace, e.g. the organisation. */
  readonly suggestedName: string;
}

/**
 * Shown when a template or the wizard would create a scorecard the workspace already has
 * (409 DUPLICATE_KEY). Nothing was changed; the user can open the existing scorecard, or create a
 * new workspace and put the new one there. `place` does the import into that workspace.
 */
export function DuplicateScorecardModal({
  info,
  onClose,
  place,
}: {
  info: DuplicateInfo | null;
  onClose: () => void;
  place: (ws: string) => Promise<void>;
}) {
  return (
    <Modal
      opened={info !== null}
      onClose={onClose}
      title="This workspace already has that scorecard"
      size="lg"
    >
      {info && (
        <DuplicateBody key={info.ws + info.scorecard} info={info} onClose={onClose} place={place} />
      )}
    </Modal>
  );
}

function DuplicateBody({
  info,
  onClose,
  place,
}: {
  info: DuplicateInfo;
  onClose: () => void;
  place: (ws: string) => Promise<void>;
}) {
  const client = useQueryClient();
  const taken = (useWorkspaces().data ?? []).map((w) => w.key);
  const [name, setName] = useState(info.suggestedName);
  const [key, setKey] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const shownKey = key ?? suggestWorkspaceKey(name, taken);
  const existing = `/w/${encodeURIComponent(info.ws)}/s/${encodeURIComponent(info.scorecard)}/map`;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const created = await createWorkspace({ key: shownKey, name: name.trim() });
      if (!created.ok) {
        setErrors(created.errors);
        return;
      }
      setErrors({});
      void client.invalidateQueries({ queryKey: queryKeys.workspaces() });
      await place(created.workspace.key);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        Workspace <b>{info.ws}</b> already has a scorecard
        {info.scorecard ? (
          <>
            {' '}
            with the id <b>{info.scorecard}</b>
          </>
        ) : null}
        . Nothing was changed.
      </Text>
      {info.scorecard && (
        <Button
          component={Link}
          to={existing}
          variant="default"
          rightSection={<IconArrowRight size={16} />}
          onClick={onClose}
          style={{ alignSelf: 'flex-start' }}
        >
          Open the existing scorecard
        </Button>
      )}
      <Divider label="or" labelPosition="center" />
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            Create it in a new workspace
          </Text>
          <TextInput
            label="Workspace name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
          />
          <TextInput
            label="Workspace key"
            description="Used in links: letters, digits, “-”, “_” or “.”"
            value={shownKey}
            onChange={(e) => setKey(e.currentTarget.value)}
            error={errors.key}
            required
          />
          {failure !== null && (
            <Alert color="red" icon={<IconAlertCircle />} title="Not created" role="alert">
              {describeError(failure)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} leftSection={<IconFolderPlus size={16} />}>
              Create workspace and add it
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

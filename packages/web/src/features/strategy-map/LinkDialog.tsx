import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowNarrowRight, IconTrash } from '@tabler/icons-react';
import { createLinkInput } from '@bearing/core';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from './form-errors.ts';
import type { LinkModel } from './map-model.ts';

export type LinkDialogState =
  | { readonly mode: 'create'; readonly from: string; readonly to: string }
  | { readonly mode: 'edit'; readonly link: LinkModel };

/**
 * A cause-effect link's hypothesis ("If … then …"): asked for when a link is drawn, shown and
 * edited when a link is clicked, where the link can also be deleted.
 */
export function LinkDialog({
  state,
  nameOf,
  onCreate,
  onUpdate,
  onDelete,
  onClose,
  evidence,
}: {
  state: LinkDialogState | null;
  nameOf: (id: string) => string;
  /** What the KPI history says about the link being edited, shown above its hypothesis. */
  evidence?: ReactNode;
  onCreate: (link: { from: string; to: string; hypothesis?: string }) => Promise<unknown>;
  onUpdate: (link: LinkModel, hypothesis: string | null) => void;
  onDelete: (link: LinkModel) => void;
  onClose: () => void;
}) {
  const title = state?.mode === 'edit' ? 'Cause-effect link' : 'New cause-effect link';
  return (
    <Modal opened={state !== null} onClose={onClose} title={title} size={evidence ? 'xl' : 'lg'}>
      {state && (
        <LinkForm
          key={state.mode === 'edit' ? state.link.id : `${state.from}->${state.to}`}
          state={state}
          evidence={evidence}
          nameOf={nameOf}
          onCreate={onCreate}
          onUpdate={onUpdate}
          onDelete={onDelete}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function LinkForm({
  state,
  evidence,
  nameOf,
  onCreate,
  onUpdate,
  onDelete,
  onClose,
}: {
  state: LinkDialogState;
  evidence: ReactNode;
  nameOf: (id: string) => string;
  onCreate: (link: { from: string; to: string; hypothesis?: string }) => Promise<unknown>;
  onUpdate: (link: LinkModel, hypothesis: string | null) => void;
  onDelete: (link: LinkModel) => void;
  onClose: () => void;
}) {
  const from = state.mode === 'edit' ? state.link.from : state.from;
  const to = state.mode === 'edit' ? state.link.to : state.to;
  const [hypothesis, setHypothesis] = useState(
    state.mode === 'edit' ? (state.link.hypothesis ?? '') : '',
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const text = hypothesis.trim();
    const input = { from, to, ...(text ? { hypothesis: text } : {}) };
    const parsed = createLinkInput.safeParse(input);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues));
      return;
    }
    if (state.mode === 'edit') {
      if (text !== (state.link.hypothesis ?? '')) onUpdate(state.link, text || null);
      onClose();
      return;
    }
    setSaving(true);
    try {
      await onCreate(input);
      onClose();
    } catch (error) {
      setErrors(apiFieldErrors(error, 'hypothesis'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="center">
          <Text fw={600} size="sm">
            {nameOf(from)}
          </Text>
          <IconArrowNarrowRight size={18} aria-label="causes" />
          <Text fw={600} size="sm">
            {nameOf(to)}
          </Text>
        </Group>
        {state.mode === 'edit' && evidence}
        <Textarea
          label="Hypothesis"
          description="Optional. Why should the cause move the effect? It is what the KPIs will test."
          placeholder={`If “${nameOf(from)}” improves, then “${nameOf(to)}” follows, because …`}
          autosize
          minRows={3}
          maxRows={8}
          data-autofocus
          value={hypothesis}
          onChange={(event) => setHypothesis(event.currentTarget.value)}
          error={errors['hypothesis']}
        />
        {(errors[''] ?? errors['from'] ?? errors['to']) && (
          <Text size="sm" c="red" role="alert">
            {errors[''] ?? errors['from'] ?? errors['to']}
          </Text>
        )}
        <Group justify="space-between" mt="xs">
          {state.mode === 'edit' ? (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => {
                onDelete(state.link);
                onClose();
              }}
            >
              Delete link
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              {state.mode === 'edit' ? 'Save' : 'Add link'}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

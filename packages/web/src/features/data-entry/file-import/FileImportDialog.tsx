import { Alert, Button, FileButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconFileUpload, IconAlertCircle } from '@tabler/icons-react';
import { useRef } from 'react';
import { ImportPreview } from './ImportPreview.tsx';
import { ProblemsPreview } from './ProblemsPreview.tsx';
import { UploadProgress } from './UploadProgress.tsx';
import { writtenCount } from './preview-model.ts';
import type { FileImportState } from './use-file-import.ts';

const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface FileImportDialogProps {
  readonly state: FileImportState;
  readonly onFile: (file: File) => void;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

/**
 * "Import from file": the checked file's preview (what changes, or every problem in place),
 * then "Import N values". Another file can be chosen at any step, e.g. the corrected one.
 */
export function FileImportDialog({ state, onFile, onConfirm, onClose }: FileImportDialogProps) {
  const reset = useRef<() => void>(null);
  const busy = state.step === 'checking' || state.step === 'importing';
  const title =
    state.step === 'idle' ? 'Import values from a file' : `Import values from ${state.file.name}`;
  return (
    <Modal
      opened={state.step !== 'idle'}
      onClose={onClose}
      title={title}
      size="xl"
      closeOnClickOutside={!busy}
    >
      <Body state={state} />
      <Group justify="space-between" mt="md">
        <FileButton
          resetRef={reset}
          onChange={(file) => {
            // Cleared, so that choosing the same (corrected) file again is a change too.
            reset.current?.();
            if (file) onFile(file);
          }}
          accept={ACCEPT}
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              leftSection={<IconFileUpload size={16} />}
              disabled={busy}
            >
              {state.step === 'done' ? 'Import another file' : 'Choose another file'}
            </Button>
          )}
        </FileButton>
        <Group gap="xs">
          <Button variant="default" onClick={onClose} disabled={state.step === 'importing'}>
            {state.step === 'done' ? 'Close' : 'Cancel'}
          </Button>
          {(state.step === 'preview' || state.step === 'importing') && (
            <ConfirmButton state={state} onConfirm={onConfirm} />
          )}
        </Group>
      </Group>
    </Modal>
  );
}

function ConfirmButton({
  state,
  onConfirm,
}: {
  readonly state: Extract<FileImportState, { step: 'preview' | 'importing' }>;
  readonly onConfirm: () => void;
}) {
  const count = writtenCount(state.result);
  return (
    <Button onClick={onConfirm} disabled={count === 0} loading={state.step === 'importing'}>
      {count === 0
        ? 'Nothing to import'
        : `Import ${count.toLocaleString('en')} value${count === 1 ? '' : 's'}`}
    </Button>
  );
}

function Body({ state }: { readonly state: FileImportState }) {
  switch (state.step) {
    case 'idle':
      return null;
    case 'checking':
      return <UploadProgress file={state.file} phase={state.phase} action="Checking" />;
    case 'importing':
      return <UploadProgress file={state.file} phase={state.phase} action="Importing" />;
    case 'refused':
      return <ProblemsPreview file={state.file.name} problems={state.problems} />;
    case 'failed':
      return (
        <Alert
          color="red"
          icon={<IconAlertCircle />}
          title="The file could not be checked"
          role="alert"
        >
          {state.message}
        </Alert>
      );
    case 'preview':
      return (
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            Nothing is written yet. The whole file is imported at once, or nothing of it.
          </Text>
          <ImportPreview result={state.result} />
        </Stack>
      );
    case 'done': {
      const { counts } = state.result;
      return (
        <Alert color="green" icon={<IconCircleCheck />} title="Imported" role="status">
          {counts.new} new and {counts.changed} changed values were saved ({counts.unchanged}{' '}
          unchanged). The scores, the table and the map show them now.
        </Alert>
      );
    }
  }
}

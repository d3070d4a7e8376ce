import { Button, FileButton, Overlay, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileUpload } from '@tabler/icons-react';
import { useRef } from 'react';

const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "Import from file": choose a CSV or XLSX values file (or drop one on the page). */
export function FileImportButton({ onFile }: { readonly onFile: (file: File) => void }) {
  const reset = useRef<() => void>(null);
  return (
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
          size="xs"
          leftSection={<IconFileUpload size={16} />}
          title="A CSV or Excel file of values, one per row or one column per period; you see what changes before anything is saved"
        >
          Import from file
        </Button>
      )}
    </FileButton>
  );
}

/** Shown over the page while a file is dragged onto it. */
export function DropOverlay({ visible }: { readonly visible: boolean }) {
  if (!visible) return null;
  return (
    <Overlay
      color="var(--mantine-color-body)"
      backgroundOpacity={0.85}
      blur={1}
      radius="md"
      zIndex={20}
    >
      <Stack
        align="center"
        justify="center"
        h="100%"
        style={{ border: '2px dashed var(--mantine-color-blue-5)', borderRadius: 8 }}
      >
        <IconFileSpreadsheet size={48} color="var(--mantine-color-blue-6)" aria-hidden />
        <Text fw={600}>Drop the CSV or XLSX file to check its values</Text>
        <Text size="sm" c="dimmed">
          Nothing is saved until you have seen what changes.
        </Text>
      </Stack>
    </Overlay>
  );
}

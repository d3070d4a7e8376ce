import { Progress, Stack, Text } from '@mantine/core';
import type { UploadPhase } from '../../../api/values-file.ts';

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Progress of a big file: the share sent while uploading, then a moving bar while the server
 * reads, checks and (on import) writes it, which for 100,000 rows takes some seconds.
 */
export function UploadProgress({
  file,
  phase,
  action,
}: {
  readonly file: File;
  readonly phase: UploadPhase;
  /** What the server does with it: "Checking", "Importing". */
  readonly action: string;
}) {
  const sending = phase.kind === 'sending';
  const percent = sending ? Math.round(phase.sent * 100) : 100;
  const label = sending
    ? `Uploading ${file.name} (${size(file.size)}): ${percent}%`
    : `${action} ${file.name}…`;
  return (
    <Stack gap={4} my="md">
      <Text size="sm" aria-live="polite">
        {label}
      </Text>
      <Progress
        value={percent}
        striped={!sending}
        animated={!sending}
        aria-label={label}
        transitionDuration={150}
      />
    </Stack>
  );
}

import { Group, Stack, Text } from '@mantine/core';
import type { LinkEvidenceResponse } from '@bearing/core';
import { evidenceFigures } from './verdicts.ts';

/** The numbers behind a verdict (lag against the stated lag, r, p, q, n), labelled. */
export function EvidenceFigures({ link }: { link: LinkEvidenceResponse }) {
  return (
    <Group gap="lg" wrap="wrap" role="list" aria-label="Evidence figures">
      {evidenceFigures(link).map((figure) => (
        <Stack key={figure.label} gap={0} role="listitem">
          <Text size="xs" c="dimmed">
            {figure.label}
          </Text>
          <Text size="sm" fw={600}>
            {figure.value}
          </Text>
        </Stack>
      ))}
    </Group>
  );
}

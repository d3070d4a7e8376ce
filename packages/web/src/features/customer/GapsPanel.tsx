import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { Finding } from '../../api/types.ts';

/**
 * The linter's customer findings, said as gaps: what is missing, why it matters, what to do. The
 * panel decides nothing itself, so it always agrees with the quality panel and `bearing lint`.
 */
export function GapsPanel({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} title="No gaps in the customer perspective">
        The quality checks find nothing to close here: the stakeholders are served, the targeted
        segments are measured, and what they value is delivered.
      </Alert>
    );
  }
  const gaps = findings.filter((f) => f.severity !== 'info').length;
  const notes = findings.length - gaps;
  return (
    <section aria-labelledby="gaps-title">
      <Title order={3} id="gaps-title" size="h4" mb="xs">
        {gaps > 0 ? `${plural(gaps, 'gap')} to close` : 'Worth a second look'}
        {gaps > 0 && notes > 0 ? `, ${plural(notes, 'note')}` : ''}
      </Title>
      <Stack gap="xs">
        {findings.map((finding, i) => {
          const isNote = finding.severity === 'info';
          return (
            <Alert
              key={`${finding.rule}-${String(i)}`}
              color={isNote ? 'blue' : 'orange'}
              variant="light"
              icon={isNote ? <IconInfoCircle /> : <IconAlertTriangle />}
              title={
                <>
                  <Text span size="xs" fw={700} tt="uppercase" mr={6}>
                    {isNote ? 'Note' : 'Gap'}
                  </Text>
                  {finding.message}
                </>
              }
              data-gap={finding.rule}
            >
              <Text size="sm">{finding.why}</Text>
              <Text size="sm" mt={4}>
                <Text span fw={600}>
                  What to do:
                </Text>{' '}
                {finding.suggestion}
              </Text>
            </Alert>
          );
        })}
      </Stack>
    </section>
  );
}

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

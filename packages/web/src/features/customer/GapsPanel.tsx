import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { Gap } from './gaps.ts';

/** The gaps first, each with why it matters and what to do; a plain all-clear when none. */
export function GapsPanel({ gaps }: { gaps: readonly Gap[] }) {
  if (gaps.length === 0) {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} title="No gaps in the customer perspective">
        Every targeted segment has outcome measures, every stakeholder group has an objective, and
        every value the segments rank is delivered by an objective.
      </Alert>
    );
  }
  const warnings = gaps.filter((g) => g.severity === 'warning').length;
  const notes = gaps.length - warnings;
  return (
    <section aria-labelledby="gaps-title">
      <Title order={3} id="gaps-title" size="h4" mb="xs">
        {warnings > 0 ? `${plural(warnings, 'gap')} to close` : 'Worth a second look'}
        {warnings > 0 && notes > 0 ? `, ${plural(notes, 'note')}` : ''}
      </Title>
      <Stack gap="xs">
        {gaps.map((gap) => (
          <Alert
            key={gap.id}
            color={gap.severity === 'warning' ? 'orange' : 'blue'}
            variant="light"
            icon={gap.severity === 'warning' ? <IconAlertTriangle /> : <IconInfoCircle />}
            title={
              <>
                <Text span size="xs" fw={700} tt="uppercase" mr={6}>
                  {gap.severity === 'warning' ? 'Gap' : 'Note'}
                </Text>
                {gap.title}
              </>
            }
            data-gap={gap.id}
          >
            <Text size="sm">{gap.why}</Text>
            <Text size="sm" mt={4}>
              <Text span fw={600}>
                What to do:
              </Text>{' '}
              {gap.action}
            </Text>
          </Alert>
        ))}
      </Stack>
    </section>
  );
}

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

import { Button, Group, Paper, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconSparkles } from '@tabler/icons-react';
import { STEPS } from './wizard-steps.ts';

const REVIEW = STEPS.length - 1;

/** Back, where you are, and Next — or Create on the review step; stays in view while scrolling. */
export function WizardFooter({
  step,
  onBack,
  onNext,
  onCreate,
  creating,
}: {
  step: number;
  onBack: () => void;
  onNext: () => void;
  onCreate: () => void;
  creating: boolean;
}) {
  return (
    <Paper
      withBorder
      p="sm"
      pos="sticky"
      bottom={0}
      style={{ zIndex: 2 }}
      bg="var(--mantine-color-body)"
    >
      <Group justify="space-between">
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={16} />}
          onClick={onBack}
          disabled={step === 0}
        >
          Back
        </Button>
        <Text size="sm" c="dimmed" visibleFrom="sm">
          Step {step + 1} of {STEPS.length}: {STEPS[step]?.label}
        </Text>
        {step < REVIEW ? (
          <Button rightSection={<IconArrowRight size={16} />} onClick={onNext}>
            {step === REVIEW - 1 ? 'Review the map' : 'Next'}
          </Button>
        ) : (
          <Button leftSection={<IconSparkles size={16} />} onClick={onCreate} loading={creating}>
            Create strategy map
          </Button>
        )}
      </Group>
    </Paper>
  );
}

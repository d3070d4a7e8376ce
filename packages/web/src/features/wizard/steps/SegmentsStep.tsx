import {
  ActionIcon,
  Button,
  Card,
  Chip,
  Grid,
  Group,
  Input,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { VALUE_ATTRIBUTES } from '@bearing/core';
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { ATTRIBUTE_INFO } from '../../customer/value-attributes.ts';
import { HelpPanel } from '../HelpPanel.tsx';
import { EMPTY_SEGMENT, type SegmentForm } from '../wizard-form.ts';
import { errorUnder } from '../wizard-steps.ts';
import type { StepProps } from './step-props.ts';

/** More than this and the segment "values everything", which guides nothing. */
const FOCUS = 3;

/** Step 2: the segments to win, and what each values most. */
export function SegmentsStep({ form, update, errors }: StepProps) {
  const set = (i: number, patch: Partial<SegmentForm>) =>
    update({ segments: form.segments.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          {errors['segments'] && (
            <Text c="red" size="sm" role="alert">
              {errors['segments']}
            </Text>
          )}
          {form.segments.map((segment, i) => (
            <Card
              key={i}
              withBorder
              padding="md"
              component="fieldset"
              aria-label={`Segment ${String(i + 1)}`}
            >
              <Group justify="space-between" mb="xs">
                <Text fw={600}>Segment {i + 1}</Text>
                <Tooltip label="Remove this segment" disabled={form.segments.length === 1}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove segment ${String(i + 1)}`}
                    disabled={form.segments.length === 1}
                    onClick={() => update({ segments: form.segments.filter((_, j) => j !== i) })}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
              <Stack gap="sm">
                <TextInput
                  label="Name"
                  placeholder={i === 0 ? 'e.g. Alpine climbers' : 'e.g. Weekend hikers'}
                  required
                  value={segment.name}
                  onChange={(e) => set(i, { name: e.currentTarget.value })}
                  error={errors[`segments[${String(i)}].name`]}
                />
                <TextInput
                  label="Who they are"
                  description="Optional, one sentence."
                  placeholder={
                    i === 0
                      ? 'e.g. Climbers who need gear they can trust at altitude'
                      : 'e.g. Walkers out for a day or two at a time'
                  }
                  value={segment.description}
                  onChange={(e) => set(i, { description: e.currentTarget.value })}
                />
                <Input.Wrapper
                  label="What do they value most?"
                  description="Pick the two or three things that decide where they buy. Pick none to use what your value proposition (next step) offers."
                  error={errorUnder(errors, `segments[${String(i)}].values`)}
                >
                  <Chip.Group
                    multiple
                    value={[...segment.values]}
                    onChange={(values) => set(i, { values: values })}
                  >
                    <Group gap={6} mt={6}>
                      {VALUE_ATTRIBUTES.map((a) => (
                        <Tooltip key={a} label={ATTRIBUTE_INFO[a].plain} openDelay={300}>
                          <Chip value={a} size="sm">
                            {ATTRIBUTE_INFO[a].label}
                          </Chip>
                        </Tooltip>
                      ))}
                    </Group>
                  </Chip.Group>
                </Input.Wrapper>
                {segment.values.length > FOCUS && (
                  <Group gap={6} c="orange" wrap="nowrap">
                    <IconInfoCircle size={16} aria-hidden />
                    <Text size="sm">
                      {segment.values.length} picked: a segment that values everything guides
                      nothing. Keep the {FOCUS} that matter most.
                    </Text>
                  </Group>
                )}
              </Stack>
            </Card>
          ))}
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => update({ segments: [...form.segments, EMPTY_SEGMENT] })}
            style={{ alignSelf: 'flex-start' }}
          >
            Add a segment
          </Button>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <HelpPanel title="Choose whom to win">
          <Text size="sm">
            A <b>segment</b> is a group of customers you choose to win, with needs in common.
            Choosing is the point: a strategy that tries to please everyone wins no one.
          </Text>
          <Text size="sm">
            For each, say what they value most — in their terms, not yours. For example, an
            outdoor-equipment maker might target:
          </Text>
          <Text size="sm">
            <b>Alpine climbers</b>: functionality and quality (“gear I can trust at altitude”)
            <br />
            <b>Weekend hikers</b>: quality and brand (“gear that lasts a season of trips”)
          </Text>
          <Text size="sm">
            Each segment gets its own outcome measures (retention, satisfaction …), so the bet on it
            can be checked later.
          </Text>
          <Stack gap={2}>
            {VALUE_ATTRIBUTES.map((a) => (
              <Text key={a} size="xs">
                <b>{ATTRIBUTE_INFO[a].label}</b>: {ATTRIBUTE_INFO[a].plain}
              </Text>
            ))}
          </Stack>
        </HelpPanel>
      </Grid.Col>
    </Grid>
  );
}

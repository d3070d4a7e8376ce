import { Badge, Group, List, Radio, Stack, Text } from '@mantine/core';
import type { DisciplineKnowledge, ValueAttribute } from '@bearing/core';
import { ATTRIBUTE_INFO } from '../../customer/value-attributes.ts';
import { choiceCardStyle } from './choice-card-style.ts';

/** One value discipline as a selectable card: what customers get, examples, what the map gets. */
export function DisciplineCard({
  discipline,
  checked,
  fit,
  best,
}: {
  discipline: DisciplineKnowledge;
  checked: boolean;
  /** What the user's segments value that this discipline delivers. */
  fit: readonly ValueAttribute[];
  best: boolean;
}) {
  return (
    <Radio.Card
      value={discipline.id}
      radius="md"
      p="md"
      h="100%"
      aria-label={discipline.title}
      style={choiceCardStyle(checked)}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm" w="100%">
        <Radio.Indicator mt={3} />
        <Stack gap={6} style={{ flex: 1 }}>
          <Group gap={6} justify="space-between">
            <Text fw={650}>{discipline.title}</Text>
            <Text size="xs" c="dimmed">
              {discipline.family}
            </Text>
          </Group>
          <Text size="sm">{discipline.customersGet}</Text>
          <Text size="xs" c="dimmed">
            e.g. {discipline.examples.join(', ')}
          </Text>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" mt={4}>
            Your map gets
          </Text>
          <List size="sm" spacing={0}>
            {discipline.customerObjectives.map((o) => (
              <List.Item key={o.id}>{o.name}</List.Item>
            ))}
          </List>
          {(best || fit.length > 1) && (
            <Group gap={4} mt={4}>
              <Badge size="sm" color={best ? 'teal' : 'gray'} variant="light">
                {best ? 'Best fit' : 'Fits'}: {fit.map((a) => ATTRIBUTE_INFO[a].label).join(', ')}
              </Badge>
            </Group>
          )}
        </Stack>
      </Group>
    </Radio.Card>
  );
}
